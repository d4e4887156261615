// Search, measured (issue 13.1): what the FTS5 index costs on ingest and what it buys on a query,
// over real-style articles (scripts/bench/real-corpus.ts), each against a baseline in the same run:
// - ingest: the same articles into two fresh libSQL files, one with the search triggers dropped
//   (what ingest cost before the search migration, 0005_search); ratio = with / without.
// - query: the route's queries (series + a page of documents with the sentence) against the
//   obvious alternative, LIKE '%word%' over every document's text; ratio = LIKE / FTS5.
// `node --import tsx scripts/bench/search.ts [articles]` runs it alone.
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { openDatabase, type Database } from '../../src/db/client';
import { migrateDatabase } from '../../src/db/migrate';
import { searchDocuments, searchSeries } from '../../src/db/repo/search';
import { ingestDocument } from '../../src/ingest';
import { parseSearchQuery } from '../../src/search/query';
import { prng } from './corpus';
import { realStyleCorpus } from './real-corpus';

export interface SearchBench {
  articles: number;
  corpusMB: number;
  ingestMsPerArticle: { withSearch: number; withoutSearch: number; ratio: number };
  queries: number;
  /** rank: FTS5 MATCH, bm25 order, page and count; route: what GET /api/search runs (series, page, sentences); likeScan: LIKE over every text, page and count. */
  queryMsMedian: { rank: number; route: number; likeScan: number; rankSpeedup: number; routeSpeedup: number };
  hitsPerQueryMedian: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

async function fresh(dir: string, name: string, withSearch: boolean): Promise<Database> {
  const database = await openDatabase({ databaseUrl: `file:${join(dir, name)}`, databaseAuthToken: null });
  await migrateDatabase(database);
  if (!withSearch) {
    for (const t of ['documents_fts_insert', 'documents_fts_delete', 'documents_fts_update', 'series_fts_insert', 'series_fts_delete', 'series_fts_update']) {
      await database.client.execute(`DROP TRIGGER ${t}`);
    }
  }
  return database;
}

/** Each article into both databases in turn, so both run equally warm; ms per article each. */
async function ingestBoth(a: Database, b: Database, articles: { text: string; published: string }[]): Promise<[number, number]> {
  let ta = 0;
  let tb = 0;
  for (const [i, article] of articles.entries()) {
    // Alternate which goes first, so neither always meets a cold page cache.
    const order: [Database, 'a' | 'b'][] = i % 2 ? [[a, 'a'], [b, 'b']] : [[b, 'b'], [a, 'a']];
    for (const [db, which] of order) {
      const t = performance.now();
      await ingestDocument(db.db, article);
      if (which === 'a') ta += performance.now() - t;
      else tb += performance.now() - t;
    }
  }
  return [ta / articles.length, tb / articles.length];
}

/** Two- and one-word queries from the corpus' own longer words, so every query can match. */
function queriesFrom(texts: string[], count: number): string[][] {
  const rand = prng(13);
  const out: string[][] = [];
  while (out.length < count) {
    const words = texts[Math.floor(rand() * texts.length)]!.match(/\b[a-z]{6,}\b/g) ?? [];
    if (words.length < 2) continue;
    const i = Math.floor(rand() * (words.length - 1));
    out.push(out.length % 2 ? [words[i]!] : [words[i]!, words[i + 1]!]);
  }
  return out;
}

export async function benchSearch(articleCount = 600): Promise<SearchBench> {
  const corpus = realStyleCorpus(articleCount * 3000);
  const articles = corpus.articles.slice(0, articleCount);
  const dir = mkdtempSync(join(tmpdir(), 'flowline-bench-search-'));
  try {
    const warm = await fresh(dir, 'warm.db', true);
    for (const a of corpus.articles.slice(articleCount, articleCount + 20)) await ingestDocument(warm.db, a);
    warm.close();
    const database = await fresh(dir, 'search.db', true);
    const without = await fresh(dir, 'plain.db', false);
    const [withMs, withoutMs] = await ingestBoth(database, without, articles);
    without.close();

    const queries = queriesFrom(articles.map((a) => a.text), 40);
    const rankOnly: number[] = [];
    const fts: number[] = [];
    const like: number[] = [];
    const hits: number[] = [];
    for (const words of queries) {
      const q = parseSearchQuery(words.join(' '));
      let t = performance.now();
      await database.client.execute({ sql: 'SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY bm25(documents_fts, 4.0, 1.0) LIMIT 10', args: [q.match] });
      await database.client.execute({ sql: 'SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?', args: [q.match] });
      rankOnly.push(performance.now() - t);
      t = performance.now();
      const [, found] = await Promise.all([searchSeries(database.db, q.match, []), searchDocuments(database.db, q.match, { limit: 10, offset: 0 })]);
      fts.push(performance.now() - t);
      hits.push(found.total);
      t = performance.now();
      const where = words.map(() => 'lower(text) LIKE ?').join(' AND ');
      const args = words.map((w) => `%${w}%`);
      await database.client.execute({ sql: `SELECT id, title FROM documents WHERE ${where} ORDER BY id DESC LIMIT 10`, args });
      await database.client.execute({ sql: `SELECT count(*) FROM documents WHERE ${where}`, args });
      like.push(performance.now() - t);
    }
    database.close();
    return {
      articles: articles.length,
      corpusMB: round(articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1e6),
      ingestMsPerArticle: { withSearch: round(withMs), withoutSearch: round(withoutMs), ratio: round(withMs / withoutMs) },
      queries: queries.length,
      queryMsMedian: {
        rank: round(median(rankOnly)),
        route: round(median(fts)),
        likeScan: round(median(like)),
        rankSpeedup: round(median(like) / median(rankOnly), 1),
        routeSpeedup: round(median(like) / median(fts), 1),
      },
      hitsPerQueryMedian: median(hits),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('scripts/bench/search.ts')) {
  console.log(JSON.stringify(await benchSearch(Number(process.argv[2] ?? 600)), null, 2));
}
