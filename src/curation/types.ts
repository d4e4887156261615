// What an analyst can say about a figure, and the rule that says it again after every extraction.
import type { Figure, FigureKind, Measure, Unit } from '../extract/types';

export type CorrectionAction = 'correct' | 'reject' | 'confirm';

/** The fields an analyst may set on a figure; absent fields keep what the extractor found. */
export interface FigureChanges {
  value?: number;
  unit?: Unit;
  kind?: FigureKind;
  measure?: Measure;
  asOf?: string | null;
  asOfTo?: string | null;
  subject?: string;
  approx?: boolean;
}

export const CHANGE_FIELDS = ['value', 'unit', 'kind', 'measure', 'asOf', 'asOfTo', 'subject', 'approx'] as const;

/**
 * A correction as stored: keyed by the figure's words (start, end) and the kind the extractor gave
 * them, which stay the same when the extractor is re-run, unlike row ids and ordinals.
 */
export interface CorrectionRule {
  start: number;
  end: number;
  /** The kind the extractor gave the figure (part of the key: one span may give two figures). */
  kind: FigureKind;
  action: CorrectionAction;
  changes: FigureChanges;
  /** The figure as the analyst left it; restored when a later extractor no longer finds it. */
  figure: Figure | null;
  by: string;
  at: string;
}

export const keyOf = (f: { start: number; end: number; kind: string }): string => `${f.start}:${f.end}:${f.kind}`;

/** The kind a rule's figure ends up with: what the analyst set, else the extractor's. */
export const effectiveKind = (rule: Pick<CorrectionRule, 'kind' | 'changes'>): FigureKind => rule.changes.kind ?? rule.kind;
