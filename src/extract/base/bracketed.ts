// A figure restated in brackets right after another: "198.9 trillion dinars ($153 billion)",
// "3.2 million bpd (about 99 million barrels a month)". The two are one fact in two units, so
// they share its kind and its period.
import type { Candidate } from './candidate';

const OPEN = /^\s*\(\s*(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|approximately\s+)?$/i;
const MONEY = new Set(['USD', 'IQD']);

/** Whether `b` restates `a` in brackets (money as money, volume as volume). */
export function restatesInBrackets(text: string, a: Candidate, b: Candidate): boolean {
  if (a.sentence !== b.sentence || b.start - a.end > 12 || !a.unit || !b.unit) return false;
  const sameDimension = (MONEY.has(a.unit) && MONEY.has(b.unit)) || ((a.unit === 'bbl/d' || a.unit === 'bbl') && (b.unit === 'bbl/d' || b.unit === 'bbl'));
  return sameDimension && OPEN.test(text.slice(a.end, b.start));
}
