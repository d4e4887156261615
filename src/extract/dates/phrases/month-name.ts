// A month by its name: "in October", "in both May and June" (the first), "for December", "since March", "mid-March", "early June",
// "last December", "the end of July", "October 2017", "October's", "December of last year",
// "January-March". A bare name counts only where it is time words ("October 2017", "October's",
// opening the sentence, "the March average", "said September exports"): "November receipts" is a noun.
import { labelsFlow, M3, MONTH_FULL, MONTH_WORDS, monthIndex, num, relYear, word } from './words';
import type { TimePhrase } from './phrase';

export const monthName: TimePhrase = {
  group: 'month',
  pattern: String.raw`(?:\b(?<mPrep>in|during|for|since|from|through|throughout|until|early|late|mid|last|end\s+of|the\s+end\s+of|(?:the\s+)?(?:start|beginning)\s+of)\s+(?:the\s+month\s+of\s+|both\s+)?|\b(?<mPrep2>(?:in\s+)?mid-|end-)|\b)(?<month>${MONTH_FULL})(?<mPoss>['’]s)?(?:\s+(?<mYear>(?:19|20)\d{2})|\s+of\s+(?<mRel>last|this|next)\s+year)?\b`,
  examples: ['in October', 'for December', 'since March', 'mid-March', 'in mid-April', 'early June', 'last December', 'the end of July', 'end-August', 'during the month of February', 'in the month of August', 'in September 2017', 'in December of last year', 'the beginning of March', 'in both February'],
  opens: [
    ...MONTH_WORDS.map(word),
    ...['mid', 'since'].map(word),
    String.raw`in\s+(?:mid|both|the\s+month|${M3})`,
    ...['during', 'for'].map((w) => String.raw`${w}\s+(?:the|${M3})`),
    ...['from', 'through', 'throughout', 'until', 'early', 'late', 'last'].map((w) => String.raw`${w}\s+(?:${M3})`),
    String.raw`end\s+(?:of)`,
    `end-(?:${M3}|\\d)`,
    String.raw`the\s+(?:end|start|beginning)`,
  ],
  spec: (g) => {
    const month = g.month ?? '';
    // "may" in lower case is the verb.
    if (month.startsWith('may')) return null;
    const prep = (g.mPrep ?? g.mPrep2 ?? '').toLowerCase();
    if (prep === 'last') return { type: 'month', month0: monthIndex(month), year: num(g.mYear), last: true };
    // "December of last year": the year is counted from publication's.
    const yearOffset = g.mRel ? relYear(g.mRel) ?? 0 : undefined;
    // "at the end of July", "end-July": the month's last day (stocks, debts, balances).
    if (/^(?:the\s+)?end(?:\s+of|-)$/.test(prep)) return { type: 'month', month0: monthIndex(month), year: num(g.mYear), end: true, yearOffset };
    // "for December" (a loading month, a price period) is the nearest December, either side.
    return { type: 'month', month0: monthIndex(month), year: num(g.mYear), nearest: prep === 'for', yearOffset };
  },
  role: ({ g, slice, at }) => {
    const prep = (g.mPrep ?? '').toLowerCase();
    if (prep === 'since') return 'since';
    // "since mid-March", "since early October": from then to publication.
    if ((g.mPrep2 || /^(?:early|late|mid)$/.test(prep)) && SINCE_BEFORE.test(slice.slice(Math.max(0, at - 7), at))) return 'since';
    if (prep === 'from') return 'base';
    // "above the February figures", "down from the March average": the other end of a comparison.
    if (!g.mPrep && precededByThe(slice, at) && COMPARED_THE.test(slice.slice(Math.max(0, at - 20), at))) return 'base';
    return 'time';
  },
  stands: ({ g, slice, at, text }) => !!(g.mPrep || g.mPrep2 || g.mPoss || g.mYear) || SENTENCE_INITIAL.test(slice.slice(0, at)) || monthOfFigure(slice, at, at + text.length) || labelsFlow(slice, at + text.length),
  // "January-March", "the October–December period": a span of months, not its first month.
  runsOn: ({ g, slice, at, text }) => {
    if (g.mYear || g.mPoss) return null;
    const range = monthRange(slice, at + text.length);
    if (!range) return null;
    return { length: range[0].length, spec: { type: 'months', from0: monthIndex(g.month ?? ''), to0: monthIndex(range[1] ?? ''), year: num(range[2]), offset: null } };
  },
};

const SENTENCE_INITIAL = /^\s*["“']?$/;
const SINCE_BEFORE = /\bsince\s+$/i;
const COMPARED_THE = /\b(?:from|with|against|than|above|below|versus|vs\.?)\s+the\s+$/i;

// "January-March": the month right after the dash, and a year after it.
const RANGE_AFTER = new RegExp(String.raw`^\s?[-–]\s?(${MONTH_FULL})\b(?:\s+((?:19|20)\d{2})\b)?`, 'i');

function monthRange(slice: string, at: number): RegExpExecArray | null {
  const c = slice.charCodeAt(at);
  const dash = c === 45 || c === 8211 || (c === 32 && (slice.charCodeAt(at + 1) === 45 || slice.charCodeAt(at + 1) === 8211));
  return dash ? RANGE_AFTER.exec(slice.slice(at, at + 24)) : null;
}

// "70 per cent of the February volume", "the March average", "the October export figures": with
// "the" before it and a word for a quantity after it, a month is the figure's period. Other nouns
// stay out ("the October fighting", "the September vote"), and so does a month with no "the"
// ("November receipts are expected to be lower").
const FIGURE_NOUN = /\s+(?:(?:crude|oil|export|import|loading|production|output|sales|monthly|daily|average|official|preliminary|final|revised|total)\s+)?(?:volumes?|averages?|figures?|totals?|levels?|numbers?|data|readings?|exports|imports|output|production|loadings|liftings|shipments|deliveries|arrivals|flows|throughput|runs|intake|supply|supplies|sales|revenues?|receipts|income|earnings|prices?|rate|quota|allocations?|programme|program|schedule)\b/iy;

function monthOfFigure(slice: string, start: number, end: number): boolean {
  if (!precededByThe(slice, start)) return false;
  FIGURE_NOUN.lastIndex = end;
  return FIGURE_NOUN.test(slice);
}

/** "the " right before `at`, read by character codes (this runs for most month names). */
function precededByThe(slice: string, at: number): boolean {
  if (at < 4 || slice.charCodeAt(at - 1) !== 32) return false;
  const t = slice.charCodeAt(at - 4) | 32;
  const h = slice.charCodeAt(at - 3) | 32;
  const e = slice.charCodeAt(at - 2) | 32;
  if (t !== 116 || h !== 104 || e !== 101) return false;
  const c = at > 4 ? slice.charCodeAt(at - 5) | 32 : 32;
  return c < 97 || c > 122;
}
