// The choice the date model makes for one figure: among the time expressions the exact rules left
// it (its own, resolved), or none of them — in which case the later pass dates it (a related
// figure, the story's period, the publication day).
import type { Period, TimeExpr } from '../time-expr';

export interface TimeOption {
  t: TimeExpr;
  p: Period;
  /** Across ", and" / ", but" from the figure: the next clause's time words. */
  joined: boolean;
  /** Its own time words, or ones it reaches for when it has none (reach.ts). */
  from?: 'sentence' | 'previous';
}

/** What the model decides: an index into the options, or null for "none of them". */
export type TimePick = number | null;
