// The labelled set the date model is fitted on (test/fixtures/dates/*.jsonl): for each figure of
// a labelled article whose gold date is known and which had options to choose from, the features
// of every option and whether its period agrees with the gold date. No text is kept: an article
// is named by its set and file, a figure by its offset, so gold sets' sentences stay out of the
// project. `npm run label-dates` writes it; `npm run fit` reads it.
import type { Refiner } from '../../base/context';
import { defaultConfig } from '../../config';
import { extract } from '../../index';
import { dates } from '../../refiners/dates';
import type { Period } from '../time-expr';
import { isExactPick } from './choose';
import { observeChoices, type ChoiceSeen } from './observe';
import type { LabelledDecision } from '../../base/labelled-decisions';

/**
 * One figure's date choice: its options are its time words' readings with "none" last, and the
 * hand pick is exact when calendar words touch the figure.
 */
export interface LabelledChoice extends LabelledDecision {
  /** Offset of the figure in the article. */
  at: number;
}

/** A gold date as the scorer reads it (shared/eval/README.md: a month, a window, a day). */
export interface GoldDate {
  asOf: string;
  asOfTo: string | null;
  /** The scorer's "before-event" note: up to 14 days before the day given. */
  beforeEvent: boolean;
}

const DAY = 864e5;

export function dateAgrees(g: GoldDate, p: Period): boolean {
  if (/^\d{4}-\d{2}$/.test(g.asOf)) return p.asOf.startsWith(g.asOf);
  if (g.asOfTo) return (p.asOf >= g.asOf && p.asOf <= g.asOfTo) || p.asOf === g.asOf;
  if (g.beforeEvent) {
    const d = (Date.parse(g.asOf) - Date.parse(p.asOf)) / DAY;
    return d >= 0 && d <= 14;
  }
  return p.asOf === g.asOf;
}

/** Every figure's choice in one article, by the figure's start offset. */
export function recordChoices(text: string, published: string | null): Map<number, ChoiceSeen> {
  const seen = new Map<number, ChoiceSeen>();
  const watch: Refiner = {
    name: 'date:watch',
    refine(ctx, figures) {
      observeChoices(ctx, (s) => seen.set(s.figure.start, s));
      return figures;
    },
  };
  const refiners = defaultConfig.refiners.flatMap((r) => (r === dates ? [watch, r] : [r]));
  extract(text, { published, config: { ...defaultConfig, refiners } });
  return seen;
}

/** One figure's labelled choice; call after extraction, when the figure has its final period. */
export function labelChoice(set: string, article: string, s: ChoiceSeen, gold: GoldDate): LabelledChoice {
  const ok = s.options.map((o) => dateAgrees(gold, o.p));
  // "None" hands the figure to the later pass: right when the hand rules took it and the later
  // pass dated the figure right (its period after extraction), and whenever no option gives the
  // gold date (choosing one of them is then certainly wrong).
  const later = s.hand === null && s.figure.period !== null && dateAgrees(gold, s.figure.period);
  ok.push(later || !ok.some(Boolean));
  const hand = s.hand ?? s.options.length;
  return { set, article, at: s.figure.start, options: s.features, ok, hand, exact: isExactPick(s.figure, s.hand === null ? undefined : s.options[s.hand]) };
}

export const parseChoices = (jsonl: string): LabelledChoice[] =>
  jsonl.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as LabelledChoice);

export const serializeChoices = (list: readonly LabelledChoice[]): string => list.map((c) => JSON.stringify(c)).join('\n') + '\n';
