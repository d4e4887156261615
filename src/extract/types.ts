// The extractor's public vocabulary. Everything downstream (database, API, dashboard, CLI) speaks
// these types, so change their meaning only together with ../../README.md.

/** Canonical units; values are always scaled ("1.2 million bpd" → 1200000 bbl/d). */
export type Unit = 'bbl/d' | 'bbl' | 'USD/bbl' | 'USD' | 'IQD' | '%';

export const UNITS: readonly Unit[] = ['bbl/d', 'bbl', 'USD/bbl', 'USD', 'IQD', '%'];

/**
 * - `level`: a stated level ("300,000 barrels per day").
 * - `change`: a signed difference ("fell 60,000 bpd" is -60000).
 * - `share`: a part of a whole ("40 percent of exports").
 * - `derived`: a level the text implies but does not state ("about half the level before…").
 * - `target`: plans, forecasts, capacities, ceilings — never drawn as an observed level.
 */
export type FigureKind = 'level' | 'change' | 'share' | 'derived' | 'target';

export const FIGURE_KINDS: readonly FigureKind[] = ['level', 'change', 'share', 'derived', 'target'];

/**
 * What a figure counts. "Iraq exported 3.76 million bpd" (exports) and "Iraq produced 4.37 million
 * bpd" (production) are two measures of one subject, so they belong to two series.
 * - `flow`: oil moving through a pipeline or terminal; `loadings`: cargoes loaded at a port.
 * - `losses`: output lost, shut in or offline; `spending`: budgets and spending.
 * - `other`: a figure none of the others describe (kept, never guessed into one of them).
 */
export type Measure =
  | 'exports'
  | 'production'
  | 'flow'
  | 'loadings'
  | 'price'
  | 'revenue'
  | 'spending'
  | 'debt'
  | 'capacity'
  | 'stocks'
  | 'reserves'
  | 'imports'
  | 'demand'
  | 'losses'
  | 'compliance'
  | 'share'
  | 'other';

export const MEASURES: readonly Measure[] = [
  'exports', 'production', 'flow', 'loadings', 'price', 'revenue', 'spending', 'debt', 'capacity',
  'stocks', 'reserves', 'imports', 'demand', 'losses', 'compliance', 'share', 'other',
];

/**
 * The period a flow of money or oil is counted over ("$620 million a month" → `month`); null for
 * stocks of money ("owes $1.5 billion") and for units that carry their own rate (bbl/d, USD/bbl).
 */
export type Per = 'day' | 'week' | 'month' | 'quarter' | 'year';

export const PERS: readonly Per[] = ['day', 'week', 'month', 'quarter', 'year'];

/** Where a document's publication date came from. */
export type DateSource = 'manifest' | 'dateline' | 'inferred' | 'unknown';

export interface Figure {
  value: number;
  unit: Unit;
  /** Bounds of a range ("between 220,000 and 240,000"), or one bound ("at least"); else null. */
  low: number | null;
  high: number | null;
  /** Qualified by about/some/nearly/more than/…, or inherited from an approximate source figure. */
  approx: boolean;
  kind: FigureKind;
  /** What is counted (exports, production, price, …); see Measure. */
  measure: Measure;
  /** The period basis of a money or volume flow ("a month"), else null. */
  per: Per | null;
  /** YYYY-MM-DD the figure refers to (start of its period); null when the document is undated. */
  asOf: string | null;
  /** Last day of the period for averages over a month, a week, "since Oct 17"; else null. */
  asOfTo: string | null;
  /** Readable subject label, e.g. "Kurdistan pipeline to Ceyhan". */
  subject: string;
  /**
   * Series id: one subject, measure, unit and period basis, [a-z0-9-] only, e.g.
   * "kurdistan-pipeline-flow-bbl-d" or "krg-revenue-usd-per-month".
   */
  series: string;
  /** UTF-16 offsets into the document text; `text === documentText.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  /**
   * The sentence the figure stands in, as in the text; in a run-on "sentence" over 1,000
   * characters only the 400 characters either side of the figure, so evidence stays readable.
   */
  sentence: string;
  /** Who the text attributes the figure to ("a shipping source", "Iraq's oil ministry"), if anyone. */
  attribution: string | null;
  /** 0..1: how sure the rules are (explicit unit and date score higher than carried-over ones). */
  confidence: number;
  /** Names of the rules that produced and shaped this figure, e.g. ["number", "unit:bpd", "approx:some"]. */
  tags: string[];
  /** For derived figures: indices into the same result's `figures` they were computed from. */
  derivedFrom: number[];
}

/** A dated event that phrases such as "before the takeover" resolve to. */
export interface EventRef {
  id: string;
  date: string;
  label: string;
  /** Phrases that name the event in text ("takeover of Kirkuk", "the referendum"). */
  aliases: string[];
  /**
   * Places and actors of the event ("Kirkuk", "Peshmerga"): an alias names the event only in an
   * article that names one of them (dates/event-scope.ts). Without names, any article may.
   */
  names?: string[];
}

export interface ExtractOptions {
  /** Publication date YYYY-MM-DD from a manifest; when absent a dateline in the text is used. */
  published?: string | null;
  /** Events for before/after phrases; defaults to data/events.json. */
  events?: readonly EventRef[];
}

export interface ExtractResult {
  /** The reference date used for relative expressions, or null when none could be found. */
  published: string | null;
  publishedSource: DateSource;
  figures: Figure[];
}
