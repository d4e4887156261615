// A figure as the JSON text the API serves it in a point (every key of src/db/repo/points.ts's
// tupleToPoint before `document`, same order, same escapes), written by SQLite. The expression is
// indexed (schema.ts, figures_point_json): SQLite computes it once, when a figure is written or
// changed, and a query that selects the very same expression reads it from the index instead of
// writing it again (SQLite >= 3.41 uses indexed expressions in results). An uncached series read
// spent a third of its thread's instructions having SQLite write these texts on every read
// (docs/performance.md, Uncached reads); src/db/repo/point-texts.ts selects it.
//
// Numbers are what SQLite writes its own way: a real that is whole prints as 300000.0 there, and
// one of 10^15 or more, or under 10^-4, with an exponent. Whole numbers below 10^15 are written as
// integers and others from 10^-4 to 10^15 printed with %.15g (what JavaScript writes of the value
// SQLite's JSON gives, as in csv-lines.ts); a figure holding any other number has no text (NULL),
// and a read that meets one takes the general path. test/api/series-text.test.ts compares the
// two over awkward numbers and characters.
//
// The schema's index and the query must write the expression identically for SQLite to match them:
// both take it from here, and test/db/figure-json.test.ts checks the query reads it from the index.
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

/** The figure's columns the text is written from (the table's columns, or an index's view of them). */
export interface FigureJsonColumns {
  id: SQLWrapper;
  seriesId: SQLWrapper;
  value: SQLWrapper;
  unit: SQLWrapper;
  low: SQLWrapper;
  high: SQLWrapper;
  approx: SQLWrapper;
  kind: SQLWrapper;
  asOf: SQLWrapper;
  asOfTo: SQLWrapper;
  subject: SQLWrapper;
  text: SQLWrapper;
  start: SQLWrapper;
  end: SQLWrapper;
  sentence: SQLWrapper;
  attribution: SQLWrapper;
  confidence: SQLWrapper;
  tags: SQLWrapper;
  derivedFrom: SQLWrapper;
  measure: SQLWrapper;
  per: SQLWrapper;
}

/** Whether SQLite can write `x` the way JavaScript does (see above). */
const writable = (x: SQLWrapper) =>
  sql`(${x} IS NULL OR (abs(${x}) < 1e15 AND ${x} = CAST(${x} AS INTEGER)) OR (abs(${x}) >= 1e-4 AND abs(${x}) < 999999999999999.0))`;

/**
 * `x` as a JSON value JavaScript would write alike (only where `writable`). Between 10^-4 and just
 * under 1 SQLite's own JSON writes a real as %.15g does (it differs only where 15 digits round to
 * a whole number, which none there can): the real goes in as it is, without printing it and
 * parsing the text back with json() (a point's confidence always took that way).
 */
const number = (x: SQLWrapper) =>
  sql`CASE WHEN ${x} IS NULL THEN NULL WHEN abs(${x}) < 1e15 AND ${x} = CAST(${x} AS INTEGER) THEN CAST(${x} AS INTEGER) WHEN abs(${x}) BETWEEN 1e-4 AND 0.9999999999999 THEN ${x} ELSE json(printf('%.15g', ${x})) END`;

/**
 * The figure's JSON object (closed: the caller drops the brace to add the document), or NULL where
 * a number cannot be written as JavaScript writes it, or where tags or derivedFrom is not JSON:
 * json() would fail there, and an indexed expression that fails would refuse the figure's write.
 */
export function figureJson(f: FigureJsonColumns): SQL {
  return sql`CASE WHEN ${writable(f.value)} AND ${writable(f.low)} AND ${writable(f.high)} AND ${writable(f.confidence)} AND json_valid(${f.tags}) AND json_valid(${f.derivedFrom}) THEN json_object(
  'id', ${f.id}, 'series', ${f.seriesId}, 'value', ${number(f.value)}, 'unit', ${f.unit},
  'low', ${number(f.low)}, 'high', ${number(f.high)},
  'approx', CASE WHEN ${f.approx} = 1 THEN json('true') ELSE json('false') END,
  'kind', ${f.kind}, 'asOf', ${f.asOf}, 'asOfTo', ${f.asOfTo}, 'subject', ${f.subject}, 'text', ${f.text},
  'start', ${f.start}, 'end', ${f.end}, 'sentence', ${f.sentence}, 'attribution', ${f.attribution},
  'confidence', ${number(f.confidence)}, 'tags', json(${f.tags}), 'derivedFrom', json(${f.derivedFrom}),
  'measure', ${f.measure}, 'per', ${f.per}
) END`;
}
