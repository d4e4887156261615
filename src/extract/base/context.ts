// What every parser and refiner sees: the text, its sentence index, the publication date, and
// per-sentence lookups (subject mentions, time words) computed once, on first use.
import type { DateSource, EventRef } from '../types';
import type { Candidate } from './candidate';
import { sentenceAt, splitSentences, type Sentence } from './sentences';
import type { Gazetteer } from '../subjects/gazetteer';
import { findMentions, type Mention } from '../subjects/mentions';
import { findTimes, type TimeExpr } from '../dates/time-expr';
import { eventInScope } from '../dates/event-scope';

export interface ExtractContext {
  text: string;
  sentences: Sentence[];
  published: string | null;
  publishedSource: DateSource;
  events: readonly EventRef[];
  gazetteer: Gazetteer;
  sentenceAt(pos: number): number;
  mentions(sentence: number): Mention[];
  times(sentence: number): TimeExpr[];
  /** Whether one of a sentence's time words opens a ", when" clause (when-clause.ts asks this first: few do). */
  opensWhen(sentence: number): boolean;
  /** Whether anyone reads the debug notes (extract()'s `debug` option): steps note nothing otherwise. */
  debugging: boolean;
  /** Debug notes, built only when someone reads them (tests print them on failure). */
  debug(note: () => string): void;
  notes: (() => string)[];
  /** The per-article memos' tables (base/memo.ts), one slot per memo: a Map, or an array by sentence. */
  memos: (Map<unknown, unknown> | unknown[] | undefined)[];
}

export function createContext(
  text: string,
  published: { published: string | null; source: DateSource; datelineEnd: number },
  events: readonly EventRef[],
  gazetteer: Gazetteer,
  debugging = false,
): ExtractContext {
  const sentences = splitSentences(text);
  // By sentence index: arrays read by index, not Maps (these are asked for each figure, often).
  const mentionCache = new Array<Mention[] | undefined>(sentences.length);
  const timeCache = new Array<TimeExpr[] | undefined>(sentences.length);
  const withWhen = new Set<number>();
  const notes: (() => string)[] = [];
  // Per article, per event: each answer reads the whole text once.
  const scope = new Map<EventRef, boolean>();
  const inScope = (e: EventRef): boolean => {
    let yes = scope.get(e);
    if (yes === undefined) {
      yes = eventInScope(e, text, published.published);
      scope.set(e, yes);
    }
    return yes;
  };
  const times = (i: number): TimeExpr[] => {
    let t = timeCache[i];
    if (!t) {
      const s = sentences[i];
      if (!s) return [];
      // The dateline's own date is when the story was filed, not when any figure holds.
      t = findTimes(text, Math.max(s.start, published.datelineEnd), s.end, events, inScope);
      timeCache[i] = t;
      if (t.some((x) => x.opensWhen)) withWhen.add(i);
    }
    return t;
  };
  return {
    text,
    sentences,
    published: published.published,
    publishedSource: published.source,
    events,
    gazetteer,
    sentenceAt: (pos) => sentenceAt(sentences, pos),
    mentions(i) {
      let m = mentionCache[i];
      if (!m) {
        const s = sentences[i];
        if (!s) return [];
        // A dateline names the place and agency filing the story ("BAGHDAD, Feb 1 (Gulf Crude
        // Wire) -"), never what a figure is about. A headline on its own line above it is read whole.
        const above = s.end < published.datelineEnd && text.slice(s.end, published.datelineEnd).includes('\n');
        m = findMentions(text, above ? s.start : Math.max(s.start, published.datelineEnd), s.end, gazetteer);
        mentionCache[i] = m;
      }
      return m;
    },
    times,
    opensWhen(i) {
      times(i);
      return withWhen.has(i);
    },
    debugging,
    debug(note) {
      notes.push(note);
    },
    notes,
    memos: [],
  };
}

/** A rule that finds figures: a pattern run once over the text, and a step per match. */
export interface Parser {
  name: string;
  pattern: RegExp;
  extract(ctx: ExtractContext, match: RegExpExecArray): Candidate | null;
}

/** A rule over all figures found so far: filters, merges, annotates or derives new ones. */
export interface Refiner {
  name: string;
  refine(ctx: ExtractContext, figures: Candidate[]): Candidate[];
}
