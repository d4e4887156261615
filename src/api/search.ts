// GET /api/search?q=&limit=&offset=: series by name, entity and gazetteer alias, and documents by
// title and text (FTS5, bm25), each document with the sentence that matched. Cached per data
// version like every read: the FTS tables change only with the data.
import { Hono } from 'hono';
import { z } from 'zod';
import { searchDocuments, searchSeries } from '../db/repo/search';
import { entitiesByAlias } from '../search/aliases';
import { parseSearchQuery, QueryProblem, MAX_QUERY_CHARS } from '../search/query';
import { GAZETTEER } from '../series/gazetteer';
import { cached, type ResponseCache } from './cache';
import type { AppEnv } from './env';
import { ApiError } from './errors';
import { intParam } from './params';
import type { SearchResponse } from './response-schemas-find';
import { validate } from './validate';

export const searchQuery = z.object({
  q: z.string({ message: `is required: the words to search for (at most ${MAX_QUERY_CHARS} characters)` }),
  limit: intParam(1, 50, 20),
  offset: intParam(0, 100_000, 0),
});

export function searchRoutes(memory: ResponseCache) {
  return new Hono<AppEnv>().get('/search', cached(memory), validate('query', searchQuery), async (c) => {
    const { q, limit, offset } = c.req.valid('query');
    let query;
    try {
      query = parseSearchQuery(q);
    } catch (error) {
      if (!(error instanceof QueryProblem)) throw error;
      throw new ApiError(400, 'bad_request', `Invalid request: query parameter "q" ${error.message}.`, [{ path: 'q', message: error.message }]);
    }
    const [series, found] = await Promise.all([
      searchSeries(c.var.db, query.match, entitiesByAlias(GAZETTEER, query)),
      searchDocuments(c.var.db, query.match, { limit, offset }),
    ]);
    return c.json({ q, series, documents: found.documents, total: found.total, limit, offset } satisfies SearchResponse);
  });
}
