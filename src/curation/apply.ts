// Corrections on top of a fresh extraction: the step that makes an analyst's work survive every
// re-run of the extractor. Pure: figures and rules in, figures and refreshed rules out.
import type { Figure } from '../extract/types';
import { correctedSeries } from './series-id';
import { keyOf, type CorrectionRule } from './types';

export interface Applied {
  figures: Figure[];
  /** The rules with `figure` refreshed from this extraction (what is stored back). */
  rules: CorrectionRule[];
  /** Rules that found their figure in this extraction. */
  matched: number;
  /** Corrected or confirmed figures this extraction no longer finds, put back from their snapshot. */
  restored: number;
  /** Figures left out because an analyst rejected them. */
  rejected: number;
}

const TAG = { correct: 'analyst:corrected', confirm: 'analyst:confirmed' } as const;

/** The figure with the rule's changes, tagged so readers see an analyst stood behind it. */
export function patchFigure(f: Figure, rule: Pick<CorrectionRule, 'action' | 'changes'>): Figure {
  const tag = rule.action === 'reject' ? 'analyst:rejected' : TAG[rule.action];
  const after: Figure = { ...f, ...rule.changes, tags: [...f.tags.filter((t) => !t.startsWith('analyst:')), tag] };
  after.series = correctedSeries(f, after);
  return after;
}

export function applyCorrections(extracted: readonly Figure[], rules: readonly CorrectionRule[]): Applied {
  const byKey = new Map<string, number>();
  const bySpan = new Map<string, number[]>();
  extracted.forEach((f, i) => {
    if (!byKey.has(keyOf(f))) byKey.set(keyOf(f), i);
    const span = `${f.start}:${f.end}`;
    bySpan.set(span, [...(bySpan.get(span) ?? []), i]);
  });
  const ruleAt = new Map<number, CorrectionRule>();
  const unmatched: CorrectionRule[] = [];
  // Exact keys first, so a rule matched only by its span never takes another rule's figure.
  const loose: CorrectionRule[] = [];
  for (const rule of rules) {
    const i = byKey.get(keyOf(rule));
    if (i !== undefined && !ruleAt.has(i)) ruleAt.set(i, rule);
    else loose.push(rule);
  }
  for (const rule of loose) {
    // The extractor may now give the same words another kind: one figure on that span is still it.
    const same = bySpan.get(`${rule.start}:${rule.end}`) ?? [];
    const i = same.length === 1 ? same[0]! : undefined;
    if (i !== undefined && !ruleAt.has(i)) ruleAt.set(i, rule);
    else unmatched.push(rule);
  }

  const figures: Figure[] = [];
  const refreshed: CorrectionRule[] = [];
  const newIndex = new Map<number, number>();
  let rejected = 0;
  extracted.forEach((f, i) => {
    const rule = ruleAt.get(i);
    if (rule?.action === 'reject') {
      rejected++;
      refreshed.push({ ...rule, figure: { ...f, derivedFrom: [] } });
      return;
    }
    newIndex.set(i, figures.length);
    if (!rule) return void figures.push(f);
    const after = patchFigure(f, rule);
    figures.push(after);
    refreshed.push({ ...rule, figure: { ...after, derivedFrom: [] } });
  });
  for (const f of figures) {
    f.derivedFrom = f.derivedFrom.map((d) => newIndex.get(d)).filter((d): d is number => d !== undefined);
  }
  let restored = 0;
  for (const rule of unmatched) {
    refreshed.push(rule);
    if (rule.action === 'reject' || !rule.figure) continue;
    restored++;
    figures.push({ ...rule.figure, derivedFrom: [], tags: [...rule.figure.tags.filter((t) => t !== 'analyst:restored'), 'analyst:restored'] });
  }
  return { figures, rules: refreshed, matched: ruleAt.size, restored, rejected };
}
