// The publication date: from the caller (a manifest) when given, else from a dateline at the top
// of the text ("ERBIL, Iraq, Oct 18 (Reuters) -", "date 2017-10-15", "2018-01-10 —").
import * as chrono from 'chrono-node';
import type { DateSource } from '../types';
import { ymd } from './calendar';

export interface Published {
  published: string | null;
  source: DateSource;
}

const HEAD = 300;
const ISO_LINE = /^[\s\uFEFF]*(?:date[:\s]+)?((?:19|20)\d{2}-\d{2}-\d{2})\b/i;
// PLACE[, Country], Month Day[, Year] (Agency) - …
const WIRE = /^[\s\uFEFF]*[A-Z][A-Z .'’/-]+,(?:\s*[A-Z][A-Za-z .]+,)?\s*((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+(?:19|20)\d{2})?)\s*(?:\(|[-–—])/;
// "October 18, 2017 —" or "18 October 2017" opening the text.
const LEADING_DATE = /^[\s\uFEFF]*((?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\.?\s+(?:\d{1,2},?\s+)?(?:19|20)\d{2})\b/;
const YEARS = /\b(?:19[5-9]\d|20\d{2})\b/g;

export function findPublished(text: string, given: string | null | undefined): Published {
  if (given) return { published: given, source: 'manifest' };
  const head = text.slice(0, HEAD);
  const iso = ISO_LINE.exec(head);
  if (iso?.[1]) return { published: iso[1], source: 'dateline' };
  const lead = LEADING_DATE.exec(head);
  if (lead?.[1]) {
    const d = chrono.en.casual.parseDate(lead[1], { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 });
    if (d) return { published: ymd(new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())), source: 'dateline' };
  }
  const wire = WIRE.exec(head);
  if (wire?.[1]) {
    const stated = /(?:19|20)\d{2}/.exec(wire[1]);
    // Wire datelines leave the year out; the latest year the story mentions stands in for it.
    const year = stated ? Number(stated[0]) : latestYear(text);
    if (year) {
      const d = chrono.en.casual.parseDate(wire[1].replace(/,?\s+(?:19|20)\d{2}$/, '') + ` ${year}`, {
        instant: new Date(Date.UTC(year, 0, 1)),
        timezone: 0,
      });
      if (d) return { published: ymd(new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())), source: stated ? 'dateline' : 'inferred' };
    }
  }
  return { published: null, source: 'unknown' };
}

function latestYear(text: string): number | null {
  let best: number | null = null;
  for (const m of text.matchAll(YEARS)) {
    const y = Number(m[0]);
    if (best === null || y > best) best = y;
  }
  return best;
}
