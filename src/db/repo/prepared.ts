// Queries prepared once per database and per shape, then run with new values. Building a query
// with drizzle (ordering its fields, writing its SQL) cost more than running it on a file database:
// most of an uncached read's time went there. A shape is what changes the SQL (which filters are
// present, how many values a list has); values go in as placeholders.
import type { Orm } from '../orm';

const cache = new WeakMap<Orm, Map<string, unknown>>();

export function prepared<Q>(db: Orm, shape: string, build: () => Q): Q {
  let queries = cache.get(db);
  if (!queries) cache.set(db, (queries = new Map()));
  let query = queries.get(shape) as Q | undefined;
  if (query === undefined) queries.set(shape, (query = build()));
  return query;
}
