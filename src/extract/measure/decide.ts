// The measure decision: hand rules where the words are exact, the fitted model for the rest.
import type { Candidate } from '../base/candidate';
import type { FeatureList } from '../base/feature-list';
import type { Measure } from '../types';
import { predictList, type MeasureModel } from './model';

/** What the exact rules decide, or null when it is a judgement for the model. */
export function exactMeasure(c: Candidate): Measure | null {
  // A price per barrel is a price whatever it is of; a part of a whole is a share.
  if (c.unit === 'USD/bbl') return 'price';
  if (c.kind === 'share') return 'share';
  return null;
}

/** `features` is called only when no exact rule decides: describing a figure is the costly part. */
export function decideMeasure(model: MeasureModel, c: Candidate, features: () => FeatureList): Measure {
  return exactMeasure(c) ?? predictList(model, features());
}
