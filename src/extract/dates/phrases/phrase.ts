// One kind of time phrase, in its own file: the words that find it, the words it may open with,
// and what it names. time-expr.ts joins the registered phrases (phrases/index.ts) into its one
// pattern and builds its opener check from their `opens`, so a new phrase cannot be dropped
// silently for opening with a word the check does not know.
import type { TimeRole, TimeSpec } from '../time-spec';

export type Groups = Record<string, string | undefined>;

export interface TimePhrase {
  /** A named group set (possibly empty) on every match of this phrase, and in no other. */
  group: string;
  /** One alternative of the big pattern, named groups allowed (see base/named-groups.ts). */
  pattern: string;
  /**
   * Regexes a match can open with, each starting with a literal letter ("since(?![a-z])",
   * "at\\s+the\\s+start") or with \\d for digits; time-expr.ts checks them before the pattern.
   */
  opens: string[];
  /** What a match names, from its groups; null: not a time after all. */
  spec(g: Groups): TimeSpec | null;
  /** The part its time words play when not the default ("since then": a start). */
  role?: TimeRole;
  /** Phrases it must find, whole (test/extract/date-rules.test.ts checks each). */
  examples: string[];
}
