// Every stored document through the current extractor, corrections on top (npm run reextract):
// for when the extractor improves. One document at a time, each in its own batch, so a stop half
// way leaves every document either as before or fully re-extracted.
import { asc } from 'drizzle-orm';
import type { Orm } from '../db/orm';
import { documents } from '../db/schema';
import { rebuildDocument, type ExtractFn, type RebuildReport } from './rebuild';

export interface ReextractTotals {
  documents: number;
  /** Documents where anything changed. */
  changed: number;
  added: number;
  removed: number;
  altered: number;
  restored: number;
  rejected: number;
}

export async function reextractAll(
  db: Orm,
  options: { extract?: ExtractFn; dryRun?: boolean; onDocument?: (report: RebuildReport) => void } = {},
): Promise<ReextractTotals> {
  const ids = await db.select({ id: documents.id }).from(documents).orderBy(asc(documents.id));
  const totals: ReextractTotals = { documents: 0, changed: 0, added: 0, removed: 0, altered: 0, restored: 0, rejected: 0 };
  for (const { id } of ids) {
    const report = await rebuildDocument(db, id, { extract: options.extract, dryRun: options.dryRun ?? false });
    if (!report) continue; // deleted meanwhile
    totals.documents++;
    const f = report.figures;
    if (f.added.length || f.removed.length || f.changed.length || report.published.before !== report.published.after) totals.changed++;
    totals.added += f.added.length;
    totals.removed += f.removed.length;
    totals.altered += f.changed.length;
    totals.restored += report.corrections.restored;
    totals.rejected += report.corrections.rejected;
    options.onDocument?.(report);
  }
  return totals;
}

/** One line per document for the CLI, with the figures that changed below it. */
export function describeReport(r: RebuildReport): string {
  const f = r.figures;
  const head = `document ${r.documentId}${r.title ? ` "${r.title}"` : ''}: +${f.added.length} added, -${f.removed.length} removed, ~${f.changed.length} changed, ${f.unchanged} unchanged`;
  const dated = r.published.before !== r.published.after ? `; published ${r.published.before ?? 'none'} → ${r.published.after ?? 'none'}` : '';
  const kept = r.corrections.matched + r.corrections.restored;
  const corrections = kept || r.corrections.rejected
    ? `; corrections: ${r.corrections.matched} re-applied, ${r.corrections.restored} restored from the analyst's copy, ${r.corrections.rejected} figures kept out`
    : '';
  const lines = [head + dated + corrections];
  for (const a of f.added) lines.push(`  + ${a.kind} ${a.value} ${a.unit} "${a.text}" @${a.start}`);
  for (const a of f.removed) lines.push(`  - ${a.kind} ${a.value} ${a.unit} "${a.text}" @${a.start}`);
  for (const a of f.changed) {
    const what = Object.entries(a.fields).map(([k, [o, n]]) => `${k} ${JSON.stringify(o)} → ${JSON.stringify(n)}`).join(', ');
    lines.push(`  ~ ${a.kind} "${a.text}" @${a.start}: ${what}`);
  }
  return lines.join('\n');
}
