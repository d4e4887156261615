// The curation routes' answers (corrections, re-dating, the audit) as zod schemas, registered in
// the same registry as ./response-schemas.ts so openapiComponents generates their components too
// (openapi-curation.ts imports this file, so they are registered before the document is built).
// Like the others, the compiler checks each equals the type the code serves, and the curation
// suite checks real answers against them.
import { z } from 'zod';
import type { CorrectionOutcome } from '../curation/correct';
import type { FigureDiff, FigureRef } from '../curation/diff';
import type { AuditEntry } from '../curation/listings';
import type { RebuildReport } from '../curation/rebuild';
import type { CorrectionAction, FigureChanges } from '../curation/types';
import { components, count, figureKindSchema, figureSchema, measureSchema, nullableDate, oneOf, unitSchema, type Assert, type Same } from './response-schemas';

const CORRECTION_ACTIONS = ['correct', 'reject', 'confirm'] as const satisfies readonly CorrectionAction[];
const dateTime = z.string().meta({ format: 'date-time' });

const figureRefSchema = z.strictObject({ start: count, end: count, kind: z.string(), text: z.string(), value: z.number(), unit: z.string() });

export const figureDiffSchema = z.strictObject({
  added: z.array(figureRefSchema),
  removed: z.array(figureRefSchema),
  changed: z.array(
    figureRefSchema.extend({
      fields: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])).meta({ description: 'Each changed field: [before, after].' }),
    }),
  ),
  unchanged: count,
});

export const rebuildReportSchema = z
  .strictObject({
    documentId: z.number().int(),
    title: z.string().nullable(),
    published: z.strictObject({ before: nullableDate, after: nullableDate }),
    figures: figureDiffSchema,
    corrections: z.strictObject({ matched: count, restored: count, rejected: count }),
  })
  .meta({ description: 'What storing the document again changed: figures keyed by span and kind.' })
  .register(components, { id: 'RebuildReport' });

export const figureChangesSchema = z.strictObject({
  value: z.number().optional(),
  unit: unitSchema.optional(),
  kind: figureKindSchema.optional(),
  measure: measureSchema.optional(),
  asOf: nullableDate.optional(),
  asOfTo: nullableDate.optional(),
  subject: z.string().optional(),
  approx: z.boolean().optional(),
});

export const correctionResponseSchema = z
  .strictObject({
    figure: figureSchema.nullable().meta({ description: 'The figure as now stored (a new id); null when rejected.' }),
    correction: z
      .strictObject({
        start: count,
        end: count,
        kind: figureKindSchema,
        action: oneOf<CorrectionAction>(CORRECTION_ACTIONS),
        changes: figureChangesSchema,
        by: z.string(),
        at: dateTime,
      })
      .meta({ description: "The stored rule: the figure's words (start, end) and extracted kind, the action, the fields set, who and when." }),
    report: rebuildReportSchema,
  })
  .register(components, { id: 'CorrectionResponse' });

export const auditEntrySchema = z
  .strictObject({
    id: z.number().int(),
    at: dateTime,
    by: z.string().meta({ description: 'Name of the write token used.' }),
    action: z.string().meta({ description: 'figure.correct, figure.reject, figure.confirm, document.published, document.delete' }),
    documentId: z.number().int().nullable(),
    target: z.string(),
    old: z.unknown(),
    new: z.unknown(),
  })
  .register(components, { id: 'AuditEntry' });

export type CurationSchemasMatchTypes = Assert<
  | Same<z.output<typeof figureRefSchema>, FigureRef>
  | Same<z.output<typeof figureDiffSchema>, FigureDiff>
  | Same<z.output<typeof rebuildReportSchema>, RebuildReport>
  | Same<z.output<typeof figureChangesSchema>, FigureChanges>
  | Same<z.output<typeof correctionResponseSchema>, CorrectionOutcome>
  | Same<z.output<typeof auditEntrySchema>, AuditEntry>
>;
