// The JSON the API serves, shared by the server (src/app.ts and its routes) and the dashboard
// (components/). Every field here is documented in README.md and in /api/openapi.json.
// The store's shapes (a series' summary, a document, a point) live in src/db/types.ts: the API
// depends on the store, not the reverse.
import type { DocumentSummary, Point, SeriesSummary } from '../db/types';
import type { Observation } from '../series/observations';
import type { BucketMean } from '../series/periods';

export type { DocumentRef, DocumentSummary, Point, SeriesSummary } from '../db/types';

export type { BucketMean } from '../series/periods';

export type { Observation } from '../series/observations';

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
