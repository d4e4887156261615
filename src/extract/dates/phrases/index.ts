// The time phrases kept one file each, in the order the pattern tries them (after the phrases
// time-expr.ts still writes inline, before its month spans). A new phrase: a file and a line here.
import { ago } from './ago';
import { betweenYears } from './between-years';
import { now } from './now';
import { relativeDay } from './relative-day';
import { weekend } from './weekend';
import type { TimePhrase } from './phrase';
import { sinceThen } from './since-then';
import { startOfYear } from './start-of-year';
import { yearFrom } from './year-from';
import { monthAttributive } from './month-attributive';
import { monthEarlierIn } from './month-earlier-in';

export type { TimePhrase } from './phrase';

// Moved from time-expr.ts's inline list: relativeDay, now, weekend (they sat after the weekday
// phrase; no phrase between there and here can match where they do, so the order change is
// invisible).
export const PHRASES: readonly TimePhrase[] = [betweenYears, ago, startOfYear, sinceThen, relativeDay, now, weekend, yearFrom, monthAttributive, monthEarlierIn];
