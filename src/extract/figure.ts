// From the pipeline's working candidates to the public Figure: labels, series ids, sentences,
// derivedFrom as indices into the output.
import type { Candidate } from './base/candidate';
import type { ExtractContext } from './base/context';
import type { Figure, Measure, Per, Unit } from './types';

const UNIT_SLUG: Record<Unit, string> = { 'bbl/d': 'bbl-d', bbl: 'bbl', 'USD/bbl': 'usd-bbl', USD: 'usd', IQD: 'iqd', '%': 'pct' };

export const UNSPECIFIED = 'unspecified';

/** One series per subject, measure, unit and period basis: "krg-revenue-usd-per-month". */
export function seriesId(subjectId: string, measure: Measure, unit: Unit, per: Per | null = null): string {
  const slug = `${subjectId}-${measure}-${UNIT_SLUG[unit]}${per ? `-per-${per}` : ''}`;
  // Nearly every id is a slug already: a character check spares the global replace, which (a
  // regex run and a new string per figure) showed as 1-2 % of extract() on its own.
  return isSlug(slug) ? slug : slug.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
}

/** Whether every character is a-z, 0-9 or "-" (what the replace above would leave as it is). */
function isSlug(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45)) return false;
  }
  return true;
}

export function toFigures(ctx: ExtractContext, found: Candidate[]): Figure[] {
  const kept = dedupe(found.filter((c) => c.unit !== null));
  const index = new Map(kept.map((c, i) => [c, i]));
  return kept.map((c) => {
    const unit = c.unit as Unit;
    const s = ctx.sentences[c.sentence];
    return {
      value: round(c.value),
      unit,
      low: c.low === null ? null : round(c.low),
      high: c.high === null ? null : round(c.high),
      approx: c.approx,
      kind: c.kind,
      measure: c.measure ?? 'other',
      per: c.per,
      asOf: c.period?.asOf ?? null,
      asOfTo: c.period?.asOfTo ?? null,
      subject: c.subject?.label ?? UNSPECIFIED,
      series: seriesId(c.subject?.id ?? UNSPECIFIED, c.measure ?? 'other', unit, c.per),
      start: c.start,
      end: c.end,
      text: ctx.text.slice(c.start, c.end),
      sentence: s ? evidence(ctx.text, s, c) : '',
      attribution: c.attribution,
      confidence: c.confidence,
      tags: c.tags,
      derivedFrom: c.derivedFrom.map((d) => index.get(d)).filter((i): i is number => i !== undefined),
    };
  });
}

// Ten significant digits: 300000 / 0.4 stays 750000, not 749999.9999999999.
const round = (v: number) => (Number.isInteger(v) ? v : Number(v.toPrecision(10)));

/** Two rules that produced the same figure from the same words count once. */
function dedupe(list: Candidate[]): Candidate[] {
  const sorted = [...list].sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.filter((c, i) => {
    for (let j = i - 1; j >= 0; j--) {
      const d = sorted[j] as Candidate;
      if (d.start !== c.start || d.end !== c.end) break;
      if (d.kind === c.kind && d.value === c.value) return false;
    }
    return true;
  });
}

// A run-on "sentence" (a table flattened to text, a list without full stops) can be thousands of
// characters long and carry thousands of figures; each keeps only the words around it, so the
// output stays proportional to the input (a whole sentence per figure made 18 KB of "5% 5% …"
// into 2.7 GB of JSON).
const EVIDENCE_MAX = 1000;
const EVIDENCE_SIDE = 400;

function evidence(text: string, s: { start: number; end: number }, c: { start: number; end: number }): string {
  if (s.end - s.start <= EVIDENCE_MAX) return text.slice(s.start, s.end);
  let from = Math.max(s.start, c.start - EVIDENCE_SIDE);
  let to = Math.min(s.end, c.end + EVIDENCE_SIDE);
  // Cut at spaces so the evidence starts and ends on whole words.
  if (from > s.start) from = Math.min(c.start, text.indexOf(' ', from) + 1 || from);
  if (to < s.end) to = Math.max(c.end, text.lastIndexOf(' ', to));
  return text.slice(from, to);
}
