// One kind of time phrase, in its own file: the words that find it, the words it may open with,
// what it names and the part it plays. time-expr.ts joins the registered phrases (phrases/index.ts)
// into its one pattern and builds its opener check from their `opens`, so a new phrase cannot be
// dropped silently for opening with a word the check does not know.
import type { EventRef } from '../../types';
import type { TimeRole, TimeSpec } from '../time-spec';

export type Groups = Record<string, string | undefined>;

/** The known events as the phrases that name them read them (built once per list of events). */
export interface EventAliases {
  /** Every alias without its leading "the", longest first, as one regex alternation. */
  alternation: string;
  /** Each alias as a match reads it (lower case, no leading "the", single spaces) → the first event that has it. */
  byAlias: ReadonlyMap<string, EventRef>;
}

/** A match of one phrase where findTimes met it. */
export interface PhraseMatch {
  g: Groups;
  /** The words matched. */
  text: string;
  /** The stretch of text searched (a sentence), and where in it the match starts. */
  slice: string;
  at: number;
}

export interface TimePhrase {
  /** A named group set (possibly empty) on every match of this phrase, and in no other. */
  group: string;
  /**
   * One alternative of the big pattern, named groups allowed (see base/named-groups.ts); a
   * function of the known events for phrases that name them ("before the takeover").
   */
  pattern: string | ((events: EventAliases) => string);
  /**
   * Regexes a match can open with, each starting with a literal lower-case letter
   * ("since(?![a-z])", "at\\s+the\\s+start"), a digit or \\d; time-expr.ts checks them before
   * the pattern, so a phrase is found only where one of them matches.
   */
  opens: string[];
  /** What a match names, from its groups; null: not a time after all ("may" the verb). */
  spec(g: Groups, events: EventAliases): TimeSpec | null;
  /**
   * The part its time words play when not 'time': one for every match ("since then": a start),
   * or read from the match ("since March 3": a start, "from March 3": a comparison's base).
   * Speech ("said on Tuesday") and stoppage clauses apply to every phrase, in findTimes.
   */
  role?: TimeRole | ((m: PhraseMatch) => TimeRole);
  /** Whether the words are time words where they stand (default yes): "November receipts" is a noun. */
  stands?(m: PhraseMatch): boolean;
  /**
   * Words right after the match that make it one longer time ("January-March"): how many
   * characters they add and what the whole names (a plain 'time').
   */
  runsOn?(m: PhraseMatch): { length: number; spec: TimeSpec } | null;
  /** Phrases it must find, whole (test/extract/date-rules.test.ts checks each). */
  examples: string[];
}

/** The part a preposition gives a date: "since March 3" a start, "from March 3" a comparison's base. */
export const roleOfPrep = (prep: string | undefined): TimeRole => {
  const p = (prep ?? '').toLowerCase();
  return p === 'since' ? 'since' : p === 'from' ? 'base' : 'time';
};
