// "over 1-6 May", "on May 1-6", "between April 28 and May 3", "from June 2 to June 9": a run of
// days, as a tanker tracker or an industry tally averages over. The figure holds over the run,
// from its first day, not on its last day (nor is the first day the base of a comparison, as
// "from June 2" alone is). Read as the days ending on the last one, like "the week to Friday".
import { M3, MONTH_ABBR, MONTH_WORDS, monthIndex, word } from './words';
import type { TimePhrase } from './phrase';

const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
// Not a count or a value after the last number: "from May 1 to 2 million bpd", "May 1-6%".
const NOT_A_VALUE = String.raw`(?![.,]?\d|:|\s*(?:%|per\s*cent|percent|million|billion|mn|bn|m\b|k\b|bpd|b/d|barrels|tonnes))`;
const SEP = String.raw`\s*(?:[-–]|\s(?:to|through|until|and)\s)\s*`;

// The parts, read apart from the big pattern (each capture there costs every match).
const MONTH_FIRST = new RegExp(String.raw`(${MONTH_ABBR})\s+(\d{1,2})\D+?(?:(${MONTH_ABBR})\s+)?(\d{1,2})`, 'i');
const DAYS_FIRST = /(\d{1,2})\s*[-–]\s*(\d{1,2})\s+([a-z]+)/i;

/** Days from (month a, day a) to (month b, day b), in a common year; a run over the new year wraps. */
function daysBetween(ma: number, da: number, mb: number, db: number): number {
  const from = Date.UTC(2001, ma, da);
  const to = Date.UTC(mb < ma ? 2002 : 2001, mb, db);
  return Math.round((to - from) / 864e5);
}

export const dayRange: TimePhrase = {
  group: 'dr',
  pattern: String.raw`(?<dr>\b(?:(?:between|from|over|during|on|in)\s+)?(?:${MONTH_ABBR}\s+${DAY}${SEP}(?:${MONTH_ABBR}\s+)?${DAY}|\d{1,2}\s*[-–]\s*\d{1,2}\s+${MONTH_ABBR})\b${NOT_A_VALUE})`,
  examples: ['over 1-6 May', 'May 1-6', 'between April 28 and May 3', 'from June 2 to June 9', 'Sept. 3 through 9'],
  opens: [...['between', 'from', 'over', 'during'].map(word), ...['on', 'in'].map((w) => String.raw`${w}\s+(?:\d|${M3})`), String.raw`\d`, ...MONTH_WORDS.map(word)],
  spec: (g) => {
    const text = g.dr ?? '';
    const m = MONTH_FIRST.exec(text);
    const d = m ? null : DAYS_FIRST.exec(text);
    // Lower-case "may 1 to 6" is the verb and counts.
    if (m && /^may/.test(m[1] ?? '')) return null;
    const ma = monthIndex(m ? (m[1] as string) : (d?.[3] ?? ''));
    const mb = m?.[3] ? monthIndex(m[3]) : ma;
    const da = Number(m ? m[2] : d?.[1]);
    const db = Number(m ? m[4] : d?.[2]);
    if (ma < 0 || mb < 0 || !(da >= 1 && db <= 31)) return null;
    const days = daysBetween(ma, da, mb, db) + 1;
    // A run of days is short; anything else ("March 3 and 30") is two days, not a window.
    if (days < 2 || days > 31) return null;
    const month = m?.[3] ?? m?.[1] ?? d?.[3] ?? '';
    return { type: 'week-to', days, end: { type: 'date', text: `${month} ${db}`, year: null, before: false } };
  },
};
