// The decision point of the subject refiner: which of a figure's candidates is its subject. The
// hand rules' pick stands where there is nothing to weigh; otherwise the fitted model decides
// when USE_MODEL is on.
import type { Candidate } from '../../base/candidate';
import type { ExtractContext } from '../../base/context';
import { subjectFeatures } from './features';
import { pickOption, subjectModel } from './model';
import { subjectObserverOf } from './observe';
import type { SubjectOption } from './options';

/** Whether the fitted model replaces the hand ranking (see the fit's leave-one-article-out report). */
export const USE_MODEL = false;

/** Whether the refiner gathers every candidate for this article (the model decides, or someone watches). */
export const choosing = (ctx: ExtractContext): boolean => USE_MODEL || subjectObserverOf(ctx) !== undefined;

export function chooseSubject(ctx: ExtractContext, f: Candidate, options: readonly SubjectOption[], hand: number | null, last: Candidate | null): number | null {
  const observe = subjectObserverOf(ctx);
  // One candidate or none: nothing to weigh, and describing it would cost for nothing.
  if (options.length < 2 && !observe) return hand;
  const features = subjectFeatures(ctx, f, options, hand, last);
  const model = options.length < 2 ? hand : pickOption(subjectModel, features);
  observe?.({ ctx, figure: f, options, features, hand, model });
  return USE_MODEL ? model : hand;
}
