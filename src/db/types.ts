// The shapes the store reads out: a series' summary, a document's summary, a figure with its
// document. The API serves them as they are (src/api/types.ts re-exports them), but they belong
// here: the API depends on the store, never the reverse (test/db/layering.test.ts).
import type { DateSource, Figure, FigureKind, Measure, Per, Unit } from '../extract/types';
import type { ReferenceCheck } from '../reference/check';

export interface SeriesSummary {
  /** entity-measure-unit[-per-period], e.g. "kurdistan-pipeline-flow-bbl-d", "krg-revenue-usd-per-month". */
  id: string;
  /** All four parts, e.g. "Kurdistan pipeline to Ceyhan · flow · bbl/d", "KRG · revenue · USD per month". */
  label: string;
  unit: Unit;
  /** The canonical entity (src/series/entities.ts); '' for series stored before measures were. */
  entity: string;
  measure: Measure;
  /** Period basis of a flow of money ("month"), else null. */
  per: Per | null;
  /** Number of dated reports (all kinds): one per figure, so four articles repeating a figure count 4. */
  reports: number;
  /**
   * Number of observations (all kinds): the dated reports grouped exactly as SeriesResponse groups
   * them (src/series/observations.ts), so four articles repeating a figure count 1. What charts count.
   */
  observations: number;
  /** @deprecated The same as `reports`; kept so clients written before `observations` existed keep working. */
  points: number;
  /** First and last asOf among the dated points, or null when there are none. */
  first: string | null;
  last: string | null;
  kinds: FigureKind[];
}

export interface DocumentRef {
  id: number;
  title: string | null;
  source: string | null;
  url: string | null;
  published: string | null;
}

export interface DocumentSummary extends DocumentRef {
  publishedSource: DateSource;
  figures: number;
  ingestedAt: string;
}

/**
 * One extracted figure as stored and served: a point of a series, with its evidence. The same
 * fields as the extractor's Figure (its words and their UTF-16 offsets in the document's text),
 * except that derivedFrom holds stored figure ids rather than indices into one extraction.
 */
export interface Point extends Omit<Figure, 'derivedFrom'> {
  id: number;
  /** Figure ids this derived point was computed from. */
  derivedFrom: number[];
  document: DocumentRef;
  /** The truth check against the reference series of its entity × measure × unit (src/reference), when one covers it. */
  check?: ReferenceCheck;
}
