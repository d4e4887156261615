// The time phrases kept one file each, in the order the pattern tries them (after the phrases
// time-expr.ts still writes inline, before its month spans). A new phrase: a file and a line here.
import { ago } from './ago';
import { betweenYears } from './between-years';
import type { TimePhrase } from './phrase';
import { sinceThen } from './since-then';
import { startOfYear } from './start-of-year';

export type { TimePhrase } from './phrase';

export const PHRASES: readonly TimePhrase[] = [betweenYears, ago, startOfYear, sinceThen];
