// Watching the date choice from outside the extractor, for the labelled set the date model is
// fitted on (choice/labelled.ts): per article (keyed by its context, so articles never see each
// other), a callback told each figure's options, their features and the hand rules' pick.
import type { Candidate } from '../../base/candidate';
import type { ExtractContext } from '../../base/context';
import type { TimeOption, TimePick } from './options';

export interface ChoiceSeen {
  ctx: ExtractContext;
  figure: Candidate;
  options: readonly TimeOption[];
  /** Features of each option, then of "none" last. */
  features: string[][];
  hand: TimePick;
  model: TimePick;
}

const observers = new WeakMap<ExtractContext, (seen: ChoiceSeen) => void>();

export const observeChoices = (ctx: ExtractContext, fn: (seen: ChoiceSeen) => void): void => void observers.set(ctx, fn);
export const observerOf = (ctx: ExtractContext): ((seen: ChoiceSeen) => void) | undefined => observers.get(ctx);
