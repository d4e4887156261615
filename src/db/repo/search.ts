// Full-text search over the FTS5 tables of migration 0005_search (src/db/schema-search.ts): series by
// their names and their entity's, documents by title and text, ranked by bm25. The MATCH
// expression comes from src/search/query.ts (every term quoted), and is always a bound parameter.
import { inArray, sql } from 'drizzle-orm';
import { sentenceIn, ELLIPSIS, MARK_CLOSE, MARK_OPEN, type MarkedText } from '../../search/snippet';
import type { Orm } from '../orm';
import { entities, series } from '../schema';

export interface SeriesHit {
  id: string;
  label: string;
  entity: string;
  entityLabel: string | null;
  /** How it was found: its own or its entity's name (FTS), or a gazetteer alias of its entity. */
  matched: 'name' | 'alias';
}

export interface DocumentHit {
  id: number;
  title: string | null;
  source: string | null;
  url: string | null;
  published: string | null;
  /** The whole sentence holding the best match (from the document's text), the matched words as offsets. */
  sentence: MarkedText;
  /** Series the document's figures belong to (what the user may want to pin). */
  series: string[];
}

// Title matches weigh more than a word somewhere in a long article; label more than entity name.
const DOCUMENT_WEIGHTS = sql.raw('bm25(documents_fts, 4.0, 1.0)');
const SERIES_WEIGHTS = sql.raw('bm25(series_fts, 0.0, 2.0, 1.0)');
// Tokens of context snippet() returns around the best match; enough to hold one news sentence.
const SNIPPET_TOKENS = 48;
export const MAX_SERIES_HITS = 50;

export async function searchSeries(db: Orm, match: string, aliasEntities: readonly string[]): Promise<SeriesHit[]> {
  const byName = await db.all<{ id: string }>(
    sql`SELECT series_id AS id FROM series_fts WHERE series_fts MATCH ${match} ORDER BY ${SERIES_WEIGHTS}, series_id LIMIT ${MAX_SERIES_HITS}`,
  );
  const named = byName.map((r) => r.id);
  // Alias hits come after name hits: the words were the user's name for the entity, not the series'.
  const aliased = aliasEntities.length
    ? (
        await db
          .select({ id: series.id })
          .from(series)
          .where(inArray(series.entityId, aliasEntities.slice(0, 90)))
          .orderBy(series.id)
          .limit(MAX_SERIES_HITS)
      ).map((r) => r.id)
    : [];
  const order = [...new Set([...named, ...aliased])].slice(0, MAX_SERIES_HITS);
  if (!order.length) return [];
  const rows = await db
    .select({ id: series.id, label: series.label, entity: series.entityId, entityLabel: entities.label })
    .from(series)
    .leftJoin(entities, sql`${entities.id} = ${series.entityId}`)
    .where(inArray(series.id, order));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const nameSet = new Set(named);
  return order.flatMap((id) => {
    const r = byId.get(id);
    return r ? [{ ...r, matched: nameSet.has(id) ? ('name' as const) : ('alias' as const) }] : [];
  });
}

export async function searchDocuments(
  db: Orm,
  match: string,
  page: { limit: number; offset: number },
): Promise<{ documents: DocumentHit[]; total: number }> {
  // Rank and page first, then snippets for the page only: snippet() reads and tokenizes the
  // article, and in one query SQLite would do that for every match before sorting.
  const [ranked, totals] = await Promise.all([
    db.all<{ id: number }>(
      sql`SELECT rowid AS id FROM documents_fts WHERE documents_fts MATCH ${match} ORDER BY ${DOCUMENT_WEIGHTS}, rowid DESC LIMIT ${page.limit} OFFSET ${page.offset}`,
    ),
    db.all<{ n: number }>(sql`SELECT count(*) AS n FROM documents_fts WHERE documents_fts MATCH ${match}`),
  ]);
  const ids = ranked.map((r) => Number(r.id));
  const total = Number(totals[0]?.n ?? 0);
  if (!ids.length) return { documents: [], total };
  const idList = sql.join(ids.map((id) => sql`${id}`), sql`, `);
  const [rows, links] = await Promise.all([
    db.all<{ id: number; title: string | null; source: string | null; url: string | null; published: string | null; text: string; snippet: string }>(
      sql`SELECT d.id, d.title, d.source, d.url, d.published, d.text,
            snippet(documents_fts, -1, ${MARK_OPEN}, ${MARK_CLOSE}, ${ELLIPSIS}, ${SNIPPET_TOKENS}) AS snippet
          FROM documents_fts JOIN documents AS d ON d.id = documents_fts.rowid
          WHERE documents_fts MATCH ${match} AND documents_fts.rowid IN (${idList})`,
    ),
    db.all<{ documentId: number; seriesId: string }>(
      sql`SELECT DISTINCT document_id AS documentId, series_id AS seriesId FROM figures WHERE document_id IN (${idList}) ORDER BY series_id`,
    ),
  ]);
  const seriesOf = new Map<number, string[]>();
  for (const l of links) (seriesOf.get(Number(l.documentId)) ?? seriesOf.set(Number(l.documentId), []).get(Number(l.documentId))!).push(l.seriesId);
  const byId = new Map(rows.map((r) => [Number(r.id), r]));
  const documents = ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const { snippet, text, ...doc } = r;
    return [{ ...doc, id, sentence: sentenceIn(text, snippet), series: seriesOf.get(id) ?? [] }];
  });
  return { documents, total };
}
