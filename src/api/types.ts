// The JSON the API serves, shared by the server (src/app.ts and its routes) and the dashboard
// (components/). Every field here is documented in README.md and in /api/openapi.json.
import type { DateSource, Figure, FigureKind, Unit } from '../extract/types';

export interface SeriesSummary {
  id: string;
  /** Readable label, e.g. "Kurdistan pipeline to Ceyhan". */
  label: string;
  unit: Unit;
  /** Number of dated points (all kinds). */
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
export interface Point extends Omit<Figure, 'derivedFrom' | 'measure' | 'per'> {
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

export interface SeriesResponse {
  series: SeriesSummary;
  points: Point[];
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
  mean: number | null;
  /** Number of points and of distinct documents the mean rests on. */
  count: number;
  documents: number;
  points: Point[];
}

export interface CompareResponse {
  series: SeriesSummary;
  event: EventItem;
  /** Days on each side of the event date. */
  window: number;
  before: CompareSide;
  after: CompareSide;
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
