// A series is subject × measure × unit × period basis. The extractor proposes one per figure
// (its `series`); this turns it into the canonical one: the subject resolved to its entity, the
// measure made the entity's own ("exports through a pipeline" are the pipeline's flow), and a
// label that says all four ("Iraq · exports · bbl/d", "KRG · revenue · USD per month").
import { seriesId } from '../extract/figure';
import type { Measure, Per, Unit } from '../extract/types';
import { resolveEntity, type Entity, type EntityIndex } from './entities';
import { groupForCoordinatedParts } from './parts';

export interface ProposedSeries {
  /** The extractor's series id: `${subjectId}-${measure}-${unit slug}[-per-${per}]`. */
  series: string;
  subject: string;
  measure: Measure;
  unit: Unit;
  per: Per | null;
  /** The figure's sentence and words: "Field A and Field B … 200,000 bpd" files it under their group. */
  sentence?: string;
  text?: string;
}

export interface SeriesKey {
  id: string;
  label: string;
  entity: Entity;
  measure: Measure;
  unit: Unit;
  per: Per | null;
}

/** The subject id inside an extractor series id: what is left once the measure/unit/per suffix goes. */
export function subjectIdOf(p: ProposedSeries): string {
  const suffix = seriesId('x', p.measure, p.unit, p.per).slice(1);
  return p.series.endsWith(suffix) ? p.series.slice(0, -suffix.length) : p.series;
}

// What moves through a pipeline is its flow, whichever verb the article used: "exports via the
// pipeline", "loadings from the line" and an unqualified volume are one quantity, and as three
// series the same oil would be drawn three times (volumes and their % changes; money paid for
// it is not its flow). Capacity and losses stay what they are.
const PIPELINE_FLOW: ReadonlySet<Measure> = new Set(['exports', 'loadings', 'flow', 'other']);
const MONEY: ReadonlySet<Unit> = new Set(['USD', 'IQD', 'USD/bbl']);

function ownMeasure(entity: Entity, measure: Measure, unit: Unit): Measure {
  if (entity.kind === 'pipeline' && !MONEY.has(unit) && PIPELINE_FLOW.has(measure)) return 'flow';
  return measure;
}

export function seriesLabel(entityLabel: string, measure: Measure, unit: Unit, per: Per | null): string {
  return `${entityLabel} · ${measure} · ${unit}${per ? ` per ${per}` : ''}`;
}

export function seriesKey(index: EntityIndex, p: ProposedSeries): SeriesKey {
  const named = resolveEntity(index, subjectIdOf(p), p.subject, p.measure);
  const entity = p.sentence && p.text ? groupForCoordinatedParts(index, named, p.sentence, p.text) : named;
  const measure = ownMeasure(entity, p.measure, p.unit);
  return {
    id: seriesId(entity.id, measure, p.unit, p.per),
    label: seriesLabel(entity.label, measure, p.unit, p.per),
    entity,
    measure,
    unit: p.unit,
    per: p.per,
  };
}
