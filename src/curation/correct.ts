// One analyst's correction, rejection or confirmation of a stored figure: found by row id, turned
// into a rule keyed by the figure's words, recorded in the audit and applied by re-building the
// document, so the stored figures are what a later `npm run reextract` would produce too.
import { and, eq } from 'drizzle-orm';
import type { Orm } from '../db/orm';
import { toFigure, type FigureOut } from '../db/repo/points';
import { figures } from '../db/schema';
import type { Figure } from '../extract/types';
import { patchFigure } from './apply';
import { rebuildDocument, type ExtractFn, type RebuildReport } from './rebuild';
import { auditStatement, loadRules } from './store';
import { effectiveKind, type CorrectionAction, type CorrectionRule, type FigureChanges } from './types';

export interface CorrectionRequest {
  action: CorrectionAction;
  changes?: FigureChanges;
}

export interface CorrectionOutcome {
  /** The figure as now stored (null when rejected). */
  figure: FigureOut | null;
  correction: Omit<CorrectionRule, 'figure'>;
  report: RebuildReport;
}

/**
 * The fields an audit entry shows of a figure: those an analyst can set. (Not the series: where a
 * new subject or measure files it is decided when it is stored, and the answer shows it.)
 */
export function auditView(f: Pick<Figure, 'value' | 'unit' | 'kind' | 'measure' | 'asOf' | 'asOfTo' | 'subject' | 'approx'>) {
  return { value: f.value, unit: f.unit, kind: f.kind, measure: f.measure, asOf: f.asOf, asOfTo: f.asOfTo, subject: f.subject, approx: f.approx };
}

/** Null when there is no figure with that id. */
export async function correctFigure(
  db: Orm,
  figureId: number,
  request: CorrectionRequest,
  context: { by: string; now?: Date; extract?: ExtractFn | undefined },
): Promise<CorrectionOutcome | null> {
  const [row] = await db.select().from(figures).where(eq(figures.id, figureId));
  if (!row) return null;
  const current = toFigure(row);
  const existing = (await loadRules(db, row.documentId)).find(
    (r) => r.start === row.start && r.end === row.end && effectiveKind(r) === row.kind,
  );
  // Confirming a corrected figure confirms the correction; it does not undo it.
  const action = request.action === 'confirm' && existing?.action === 'correct' ? 'correct' : request.action;
  const changes = request.action === 'correct' ? { ...existing?.changes, ...request.changes } : (existing?.changes ?? {});
  const at = (context.now ?? new Date()).toISOString();
  // Used only if no extraction finds these words again (the stored figure came from an older one).
  const asStored: Figure = { ...current, series: row.proposedSeries ?? row.seriesId, derivedFrom: [] };
  const rule: CorrectionRule = {
    start: row.start,
    end: row.end,
    kind: existing?.kind ?? row.kind,
    action,
    changes,
    figure: existing?.figure ?? (action === 'reject' ? null : patchFigure(asStored, { action, changes })),
    by: context.by,
    at,
  };
  const before = auditView(current);
  const after = action === 'reject' ? null : { ...before, ...changes };
  const audit = auditStatement(db, {
    by: context.by,
    action: `figure.${request.action}`,
    documentId: row.documentId,
    target: `figure "${row.text}" (${row.kind}, characters ${row.start}–${row.end}) of document ${row.documentId}`,
    old: before,
    new: after,
    at,
  });
  const report = await rebuildDocument(db, row.documentId, { rule, also: [audit], extract: context.extract });
  if (!report) return null;
  const [now] = await db
    .select()
    .from(figures)
    .where(and(eq(figures.documentId, row.documentId), eq(figures.start, row.start), eq(figures.end, row.end), eq(figures.kind, effectiveKind(rule))));
  const { figure: _snapshot, ...correction } = rule;
  return { figure: action === 'reject' || !now ? null : toFigure(now), correction, report };
}
