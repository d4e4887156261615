// Every time phrase, in the order the pattern tries them. The order is meaning: at a position the
// first alternative that matches wins ("before the takeover" as a known event before "before the
// stoppage" as one the article dates; "the first half of March" before the month spans, which
// come last). A new phrase: a file beside this one, a line here, and its examples (which
// test/extract/date-rules.test.ts checks).
import type { TimePhrase } from './phrase';
import { knownEvent } from './known-event';
import { preEvent } from './pre-event';
import { weekTo } from './week-to';
import { sinceMonthStart } from './since-month-start';
import { relativeQuarter } from './relative-quarter';
import { quarter } from './quarter';
import { firstDays } from './first-days';
import { sinceYearStart } from './since-year-start';
import { yearToDate } from './year-to-date';
import { byMonth } from './by-month';
import { halfMonth } from './half-month';
import { weekOfMonth } from './week-of-month';
import { dayRange } from './day-range';
import { monthDay } from './month-day';
import { dayMonth } from './day-month';
import { isoDate } from './iso-date';
import { weekday } from './weekday';
import { rollingWeek } from './rolling-week';
import { rollingSpan } from './rolling-span';
import { earlier } from './earlier';
import { dayBefore } from './day-before';
import { relativePeriod } from './relative-period';
import { relativeYear } from './relative-year';
import { yearEnd } from './year-end';
import { endOfLastYear } from './end-of-last-year';
import { endOfYear } from './end-of-year';
import { monthName } from './month-name';
import { year } from './year';
import { betweenYears } from './between-years';
import { ago } from './ago';
import { startOfYear } from './start-of-year';
import { sinceThen } from './since-then';
import { beforeThen } from './before-then';
import { relativeDay } from './relative-day';
import { now } from './now';
import { weekend } from './weekend';
import { yearFrom } from './year-from';
import { monthAttributive } from './month-attributive';
import { yearAttributive } from './year-attributive';
import { monthEarlierIn } from './month-earlier-in';
import { sameDay } from './same-day';
import { articleEvent } from './article-event';
import { preArticleEvent } from './pre-article-event';
import { monthSpan } from './month-span';

export type { EventAliases, PhraseMatch, TimePhrase } from './phrase';

export const PHRASES: readonly TimePhrase[] = [
  knownEvent,
  preEvent,
  weekTo,
  sinceMonthStart,
  relativeQuarter,
  quarter,
  firstDays,
  sinceYearStart,
  yearToDate,
  byMonth,
  halfMonth,
  weekOfMonth,
  dayRange,
  monthDay,
  dayMonth,
  isoDate,
  weekday,
  rollingWeek,
  rollingSpan,
  earlier,
  dayBefore,
  relativePeriod,
  endOfLastYear,
  relativeYear,
  yearEnd,
  endOfYear,
  monthName,
  year,
  betweenYears,
  ago,
  startOfYear,
  sinceThen,
  beforeThen,
  relativeDay,
  now,
  weekend,
  yearFrom,
  monthAttributive,
  yearAttributive,
  monthEarlierIn,
  sameDay,
  articleEvent,
  preArticleEvent,
  monthSpan,
];
