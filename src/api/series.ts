// GET /api/series, /api/series/:id and /api/series/:id.csv
import { Hono } from 'hono';
import { listPoints } from '../db/repo/points';
import { existingSeriesIds, getSeries, listSeries } from '../db/repo/series';
import { cached, jsonAnswer, jsonBytesAnswer, type ResponseCache } from './cache';
import { csvHeaders, csvStream } from './csv';
import type { AppEnv } from './env';
import { notFound } from './errors';
import { aggregate } from '../series/periods';
import { observed } from './observed';
import type { Orm } from '../db/orm';
import { checksById } from '../reference/attach';
import { referencesCovering } from '../reference/read';
import { keepSources } from '../series/source-kind';
import { csvQuery, SERIES_ID, seriesListQuery, seriesQuery } from './params';
import type { SeriesListResponse, SeriesResponse } from './types';
import { validate } from './validate';
import { seriesAnswersHere, type SeriesAnswers } from './series-answer';
import type { ReadPath } from '../db/repo/read-path';

/** Whether any reference covers the series (asked for no dates, so no values are read). */
async function isCovered(db: Orm, id: string): Promise<boolean> {
  return (await referencesCovering(db, [id], NO_DAY, NO_DAY)).size > 0;
}
const NO_DAY = '0001-01-01';

const unknownSeries = (id: string) => notFound(`No series "${id}". GET /api/series lists the series there are.`);

export function seriesRoutes(memory: ResponseCache) {
  // One per read path, not per request: each keeps the series' texts it read (series-texts-cache.ts).
  const answersByPath = new WeakMap<ReadPath, SeriesAnswers>();
  const answersHere = (reads: ReadPath) => {
    let answers = answersByPath.get(reads);
    if (!answers) answersByPath.set(reads, (answers = seriesAnswersHere(reads)));
    return answers;
  };
  return new Hono<AppEnv>()
    .get('/series', cached(memory), validate('query', seriesListQuery), async (c) => {
      const q = c.req.valid('query');
      const { series, total } = await listSeries(c.var.db, q);
      return c.json({ series, total, limit: q.limit, offset: q.offset } satisfies SeriesListResponse);
    })
    .get('/series/:file{[^/]+\\.csv}', cached(memory), validate('query', csvQuery), async (c) => {
      const id = c.req.param('file').slice(0, -'.csv'.length);
      // Existence only: a summary would group every report of the series to count observations,
      // reading a large series whole before the first streamed row.
      if (!SERIES_ID.test(id) || !(await existingSeriesIds(c.var.db, [id])).has(id)) throw unknownSeries(id);
      const q = c.req.valid('query');
      const stream = csvStream(c.var.reads, { series: [id], from: q.from, to: q.to, kinds: q.kinds }, { bom: q.bom ?? false, rows: q.rows ?? 'reports', sources: q.sources });
      return c.body(stream, 200, csvHeaders(`flowline-${id}.csv`));
    })
    .get('/series/:id', cached(memory), validate('query', seriesQuery), async (c) => {
      const id = c.req.param('id');
      const q = c.req.valid('query');
      if (!SERIES_ID.test(id)) throw unknownSeries(id);
      // What describes the whole series, whatever the query asks, is worked out once per data
      // version: its summary, and whether a reference covers it (most series have none, and then
      // the truth check's query is skipped).
      // c.get, not c.var: Hono's c.var copies every variable into a new object on each use.
      const version = c.get('dataVersion');
      const db = c.get('db');
      const reads = c.get('reads');
      const filter = { series: [id], from: q.from, to: q.to };
      const [summary, checked] = await Promise.all([
        memory.once(version, `series:${id}`, () => getSeries(db, id)),
        memory.once(version, `covered:${id}`, () => isCovered(db, id)),
      ]);
      if (!summary) throw unknownSeries(id);
      // The points as SQLite wrote their JSON, where the read path can and nothing is added to
      // them (no truth checks, no filter by the kind of source): the same bytes for less CPU, on
      // the Node server's file written on a thread of its own (docs/performance.md, Uncached reads).
      if (!checked && !q.sources?.length) {
        const answers = c.get('seriesAnswers') ?? answersHere(reads);
        const bytes = await answers.bytes({ version, summary, id, from: q.from, to: q.to, kinds: q.kinds, every: q.every });
        if (bytes) return jsonBytesAnswer(c, bytes);
      }
      const found = await listPoints(reads, filter);
      if (checked) {
        // The series' checks, once per version: a new date range then reads no reference values.
        const checks = await memory.once(version, `checks:${id}`, async () => checksById(db, await listPoints(reads, { series: [id] })));
        for (const f of found) {
          const check = checks.get(f.id);
          if (check) f.check = check;
        }
      }
      const { points, observations } = observed(keepSources(found, q.sources), q.kinds);
      const body: SeriesResponse = { series: summary, points, observations };
      // Levels only: a change or a target averaged with levels would mean nothing.
      if (q.every) body.means = aggregate(body.observations.filter((o) => o.kind === 'level' || o.kind === 'derived'), q.every);
      return jsonAnswer(c, body);
    });
}
