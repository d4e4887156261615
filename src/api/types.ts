// The JSON the API serves, shared by the server (src/app.ts and its routes) and the dashboard
// (components/). Every field here is documented in README.md and in /api/openapi.json.
import type { DateSource, Figure, FigureKind, Measure, Per, Unit } from '../extract/types';
import type { Observation } from '../series/observations';
import type { BucketMean } from '../series/periods';

export type { BucketMean } from '../series/periods';

export type { Observation } from '../series/observations';

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
  /** Number of dated reports (all kinds); agreeing reports of one period are one observation in SeriesResponse. */
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
 * One extracted figure as served: a point of a series, with its evidence. The same fields as the
 * extractor's Figure (its words and their UTF-16 offsets in the document's text), except that
 * derivedFrom holds stored figure ids rather than indices into one extraction.
 */
export interface Point extends Omit<Figure, 'derivedFrom'> {
  id: number;
  /** Figure ids this derived point was computed from. */
  derivedFrom: number[];
  document: DocumentRef;
}

export interface SeriesListResponse {
  series: SeriesSummary[];
  total: number;
  limit: number;
  offset: number;
}

/** A report with the observation it is counted in. */
export interface ObservedPoint extends Point {
  observation: string;
}

export interface SeriesResponse {
  series: SeriesSummary;
  /** Every report (one per figure), each naming its observation. */
  points: ObservedPoint[];
  /** What charts and means count: agreeing reports of one period once, disagreements flagged. */
  observations: Observation[];
  /**
   * With `every=week|month`: the mean level (kinds level and derived) of each ISO week or calendar
   * month, each observation weighed by the days it covers inside it.
   */
  means?: BucketMean[];
}

export interface EventItem {
  id: string;
  date: string;
  label: string;
}

export interface EventsResponse {
  events: EventItem[];
}

/** One side of a before/after comparison. Levels only: kinds level and derived. */
export interface CompareSide {
  from: string;
  to: string;
  /** Mean of the observations wholly inside the side, each weighed by the days it covers. */
  mean: number | null;
  /** Observations the mean rests on, the reports behind them, and their distinct documents. */
  count: number;
  reports: number;
  documents: number;
  observations: Observation[];
  points: ObservedPoint[];
}

/** An observation over a period that crosses the event or a window's edge: counted on neither side. */
export interface CompareStraddler {
  observation: Observation;
  why: string;
  points: ObservedPoint[];
}

export interface CompareResponse {
  series: SeriesSummary;
  event: EventItem;
  /** Days on each side: before ends the day before the event, after starts on its day. */
  window: number;
  before: CompareSide;
  after: CompareSide;
  straddlers: CompareStraddler[];
  change: number | null;
  percentChange: number | null;
}

export interface DocumentsResponse {
  documents: DocumentSummary[];
  total: number;
  limit: number;
  offset: number;
}

export interface DocumentResponse {
  document: DocumentSummary & { hash: string; text: string };
  /** Every figure of the document, dated or not, in text order. */
  figures: Omit<Point, 'document'>[];
}

export interface IngestResponse {
  created: boolean;
  document: DocumentSummary;
  figures: Omit<Point, 'document'>[];
  /** How the text was read, e.g. "read as HTML: 12 tags removed; offsets refer to the extracted text". */
  notes: string[];
}

/** The one error shape of every non-2xx response. */
export interface ErrorResponse {
  error: {
    status: number;
    /** Stable machine-readable code, e.g. "bad_request", "not_found", "unauthorized". */
    code: string;
    /** What went wrong and what to do, for people. */
    message: string;
    /** For validation errors: which parameter, and why. */
    issues?: { path: string; message: string }[];
  };
}
