// Watching the subject choice from outside the extractor, for the labelled set the subject model
// is fitted on (labelled.ts): per article (keyed by its context), a callback told each figure's
// options, their features, the hand rules' pick and the model's.
import type { Candidate } from '../../base/candidate';
import type { ExtractContext } from '../../base/context';
import type { SubjectOption } from './options';

export interface SubjectSeen {
  ctx: ExtractContext;
  figure: Candidate;
  options: readonly SubjectOption[];
  features: string[][];
  hand: number | null;
  model: number | null;
}

const observers = new WeakMap<ExtractContext, (seen: SubjectSeen) => void>();

export const observeSubjects = (ctx: ExtractContext, fn: (seen: SubjectSeen) => void): void => void observers.set(ctx, fn);
export const subjectObserverOf = (ctx: ExtractContext): ((seen: SubjectSeen) => void) | undefined => observers.get(ctx);
