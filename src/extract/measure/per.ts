// The period basis of a flow of money or oil, read from the words that state it: "$620 million
// a month", "monthly salaries of", "an annual budget of", "$2 billion annually". Exact words,
// so a hand rule rather than a learned weight. Units that carry their own rate (bbl/d, USD/bbl)
// and percentages have none.
import type { ExtractContext } from '../base/context';
import type { Candidate } from '../base/candidate';
import { leftOf } from '../base/clauses';
import type { Per } from '../types';

const ADVERB: Record<string, Per> = {
  daily: 'day', weekly: 'week', monthly: 'month', quarterly: 'quarter', annually: 'year', yearly: 'year', annual: 'year',
};
const NOUN: Record<string, Per> = { day: 'day', week: 'week', month: 'month', quarter: 'quarter', year: 'year' };

// After the figure: "a month", "per year", "each quarter", up to two words in between ("$620
// million in revenue a month"), but not a time back or forward ("a month earlier", "a year ago")
// nor a span ("in a year", "within a month").
const AFTER = /^(?:\s+(?!in\b|within\b|for\b|over\b|than\b|after\b|from\b)[A-Za-z'’-]+){0,2},?\s+(?:a|an|per|each|every)\s+(day|week|month|quarter|year)\b(?!\s+(?:earlier|ago|before|later|after|previously|since|from\s+now)\b)|^,?\s+(daily|weekly|monthly|quarterly|annually|yearly)\b/i;

// Before the figure, in its clause: "monthly revenue of", "an annual budget of", "quarterly
// profit was".
const BEFORE = /\b(daily|weekly|monthly|quarterly|annual|annually|yearly)\b(?:\s+[A-Za-z'’-]+){0,6}\s*$/i;

const FLOW_UNITS = new Set(['USD', 'IQD', 'bbl']);

export function perOf(ctx: ExtractContext, c: Candidate): Per | null {
  if (!c.unit || !FLOW_UNITS.has(c.unit)) return null;
  const after = AFTER.exec(ctx.text.slice(c.end, c.end + 48));
  if (after) return (after[1] ? NOUN[after[1].toLowerCase()] : ADVERB[(after[2] ?? '').toLowerCase()]) ?? null;
  const before = BEFORE.exec(leftOf(ctx, c.start, 64));
  return before ? (ADVERB[(before[1] ?? '').toLowerCase()] ?? null) : null;
}
