// Corrections and audit entries as rows. Every write here is a statement for a batch (D1 has no
// interactive transactions), so a change, its audit entry and the figures it moves land together.
import { asc, eq } from 'drizzle-orm';
import type { Orm } from '../db/orm';
import { audit, corrections } from '../db/schema';
import type { Figure } from '../extract/types';
import type { CorrectionRule, FigureChanges } from './types';

export async function loadRules(db: Orm, documentId: number): Promise<CorrectionRule[]> {
  const rows = await db.select().from(corrections).where(eq(corrections.documentId, documentId)).orderBy(asc(corrections.id));
  return rows.map((r) => ({
    start: r.start,
    end: r.end,
    kind: r.kind,
    action: r.action,
    changes: r.changes as FigureChanges,
    // A rule made for a figure no extraction had yet stores {} until one has it.
    figure: 'value' in r.figure ? (r.figure as unknown as Figure) : null,
    by: r.by,
    at: r.at,
  }));
}

export function saveRule(db: Orm, documentId: number, rule: CorrectionRule) {
  const row = {
    action: rule.action,
    changes: rule.changes as Record<string, unknown>,
    figure: (rule.figure ?? {}) as unknown as Record<string, unknown>,
    by: rule.by,
    at: rule.at,
  };
  return db
    .insert(corrections)
    .values({ documentId, start: rule.start, end: rule.end, kind: rule.kind, ...row })
    .onConflictDoUpdate({ target: [corrections.documentId, corrections.start, corrections.end, corrections.kind], set: row });
}

export interface AuditInput {
  by: string;
  action: string;
  documentId: number | null;
  target: string;
  old: unknown;
  new: unknown;
  at: string;
}

export function auditStatement(db: Orm, entry: AuditInput) {
  return db.insert(audit).values({ ...entry, old: entry.old ?? null, new: entry.new ?? null });
}
