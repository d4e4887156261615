// The publication date: from the caller (a manifest) when given, else from a dateline at the top
// of the text ("ERBIL, Iraq, Oct 18 (Reuters) -", "date 2017-10-15", "2018-01-10 —"). The
// dateline's span is reported either way, so its date is never read as a figure's date.
import * as chrono from 'chrono-node';
import type { DateSource } from '../types';
import { ymd } from './calendar';

export interface Published {
  published: string | null;
  source: DateSource;
  /** Where the dateline ends (0 when there is none). */
  datelineEnd: number;
}

const HEAD = 300;
const ISO_LINE = /^[\s\uFEFF]*(?:date[:\s]+)?((?:19|20)\d{2}-\d{2}-\d{2})\b\s*(?:[-–—:|]\s*)?/i;
// PLACE[, Country], Month Day[, Year] (Agency) - …
const WIRE = /(?:^|\n)[\s\uFEFF]*[A-Z][A-Z .'’/-]+,(?:\s*[A-Z][A-Za-z .]+?\s*[,—–])?\s*((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+(?:19|20)\d{2})?)\s*(?:\([^)]{1,40}\)\s*)?[-–—]/;
// "October 18, 2017 —" or "18 October 2017" opening the text.
const LEADING_DATE = /^[\s\uFEFF]*((?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\.?\s+(?:\d{1,2},?\s+)?(?:19|20)\d{2})\b\s*(?:[-–—:|]\s*)?/;
// PLACE (Agency / Agency - 13th April, 2020) …: the syndicators' dateline, with the day in brackets.
const BRACKETED = /(?:^|\n)[\s\uFEFF]*[A-Z][A-Z .'’/-]+\s*\([^()\n]{1,60}?[-–—]\s*(\d{1,2})(?:st|nd|rd|th)?\s+(January|February|March|April|May|June|July|August|September|October|November|December),?\s+((?:19|20)\d{2})\s*\)/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const YEARS = /\b(?:19[5-9]\d|20\d{2})\b/g;

interface Dateline {
  date: string | null;
  source: DateSource;
  end: number;
}

export function findPublished(text: string, given: string | null | undefined): Published {
  // With the date given, only the dateline's extent is needed: not chrono, nor the year scan.
  const line = findDateline(text, !given);
  if (given) return { published: given, source: 'manifest', datelineEnd: line?.end ?? 0 };
  if (line?.date) return { published: line.date, source: line.source, datelineEnd: line.end };
  return { published: null, source: 'unknown', datelineEnd: line?.end ?? 0 };
}

function findDateline(text: string, needDate: boolean): Dateline | null {
  const head = text.slice(0, HEAD);
  const iso = ISO_LINE.exec(head);
  if (iso?.[1]) return { date: iso[1], source: 'dateline', end: iso[0].length };
  const lead = LEADING_DATE.exec(head);
  if (lead?.[1]) {
    if (!needDate) return { date: null, source: 'dateline', end: lead[0].length };
    const d = chrono.en.casual.parseDate(lead[1], { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 });
    return { date: d ? utcYmd(d) : null, source: 'dateline', end: lead[0].length };
  }
  const bracketed = BRACKETED.exec(head);
  if (bracketed) {
    const end = bracketed.index + bracketed[0].length;
    const month = MONTHS.indexOf(bracketed[2] as string);
    return { date: needDate ? ymd(new Date(Number(bracketed[3]), month, Number(bracketed[1]))) : null, source: 'dateline', end };
  }
  // A wire dateline opens the first paragraph, which may follow a headline.
  const wire = WIRE.exec(head);
  if (wire?.[1]) {
    const end = wire.index + wire[0].length;
    if (!needDate) return { date: null, source: 'dateline', end };
    const stated = /(?:19|20)\d{2}/.exec(wire[1]);
    // Wire datelines leave the year out; the latest year the story mentions stands in for it.
    const year = stated ? Number(stated[0]) : latestYear(text);
    if (!year) return { date: null, source: 'unknown', end };
    const d = chrono.en.casual.parseDate(`${wire[1].replace(/,?\s+(?:19|20)\d{2}$/, '')} ${year}`, {
      instant: new Date(Date.UTC(year, 0, 1)),
      timezone: 0,
    });
    return { date: d ? utcYmd(d) : null, source: stated ? 'dateline' : 'inferred', end };
  }
  return null;
}

const utcYmd = (d: Date) => ymd(new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));

// "aims for 1.1 million bpd in 2019", "expected to reach … by 2020": a plan's year is later than
// the story's, so it does not stand in for the dateline's.
const FUTURE_CUE = /\b(?:by|until|aims?|aiming|plans?|planned|expects?|expected|forecasts?|targets?|targeting|will|would|projected)\b(?:[^.;]|\.\d)*$/i;

function latestYear(text: string): number | null {
  let best: number | null = null;
  // Only plans' years in the story: the earliest is likeliest the current one ("by the end of 2018").
  let plan: number | null = null;
  for (const m of text.matchAll(YEARS)) {
    const y = Number(m[0]);
    if (FUTURE_CUE.test(text.slice(Math.max(0, m.index - 50), m.index))) {
      if (plan === null || y < plan) plan = y;
      continue;
    }
    if (best === null || y > best) best = y;
  }
  return best ?? plan;
}
