// How a figure's unit is read when weighing its subject, and what a chosen name finally labels:
// shared by the subject refiner and the subject choice's features and labels.
import type { Candidate } from '../../base/candidate';
import type { ExtractContext } from '../../base/context';
import type { Entity } from '../gazetteer';
import { ofHolder } from '../indicator';

// A percentage of money ("20 per cent of monthly receipts") is about whoever holds the money.
const MONEY_WORDS = /\b(?:revenues?|receipts|income|earnings|budget|spending|salar(?:y|ies)|payroll|debt|sales|profits?)\b/i;

export function unitFor(ctx: ExtractContext, f: Candidate): Candidate['unit'] {
  if (f.unit !== '%') return f.unit;
  return MONEY_WORDS.test(ctx.text.slice(f.end, f.end + 40)) ? 'USD' : '%';
}

export function unitGroup(unit: Candidate['unit']): string {
  return unit === 'USD' || unit === 'IQD' ? 'money' : unit === 'USD/bbl' ? 'price' : unit === '%' ? 'pct' : 'flow';
}

/** "Kirkuk" producing oil means the Kirkuk fields. */
export function flowsOf(ctx: ExtractContext, e: Entity, f: Candidate): Entity {
  if (e.flows && (f.unit === 'bbl/d' || f.unit === 'bbl' || f.unit === '%')) return ctx.gazetteer.byId.get(e.flows) ?? e;
  return e;
}

/** The subject a figure gets when `e` is chosen: its flows, an indicator qualified by its holder. */
export const subjectEntity = (ctx: ExtractContext, f: Candidate, e: Entity): Entity => ofHolder(ctx, f.sentence, f.start, flowsOf(ctx, e, f));
