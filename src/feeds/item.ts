// One feed item → one stored document: fetch the item's link carefully, read the page with the
// same checks as an article file, and store it through the ingest library with the item's date
// as the publication date. Shared by the CLI (run.ts) and the Worker's queue consumer (edge.ts),
// so both store exactly what POST /api/documents would.
import type { Orm } from '../db/orm';
import { ingestDocument, IngestRefused, type IngestOptions } from '../ingest';
import { carefulFetch, FetchFailed, type FetchPolicy, type Transport } from './fetch';
import { pageToArticle } from './page';

export interface FetchDeps {
  policy: Omit<FetchPolicy, 'maxBytes'>;
  transport: Transport;
  /** Largest feed document, in bytes. */
  maxFeedBytes: number;
  /** Largest article page, in bytes (the same limit as article files). */
  maxPageBytes: number;
  ingest?: IngestOptions;
}

export interface ItemToStore {
  link: string;
  title: string | null;
  published: string | null;
  /** The feed's configured name or title. */
  source: string | null;
}

export type ItemOutcome =
  | { state: 'stored'; documentId: number; created: boolean; figures: number; bytes: number }
  | { state: 'refused' | 'retry'; problem: string };

export async function storeItem(db: Orm, item: ItemToStore, deps: FetchDeps): Promise<ItemOutcome> {
  let page;
  try {
    page = await carefulFetch(item.link, { ...deps.policy, maxBytes: deps.maxPageBytes }, deps.transport, {}, 'text/html, text/plain;q=0.9, */*;q=0.1');
  } catch (error) {
    if (error instanceof FetchFailed) return { state: error.transient ? 'retry' : 'refused', problem: error.message };
    throw error;
  }
  const read = pageToArticle(page.bytes ?? new Uint8Array(0), page.headers.get('content-type'), page.url, deps.maxPageBytes);
  if (!read.ok) return { state: 'refused', problem: `${read.problem.file}: ${read.problem.message}` };
  try {
    const outcome = await ingestDocument(db, { text: read.text, title: item.title, source: item.source, url: item.link, published: item.published }, deps.ingest);
    return { state: 'stored', documentId: outcome.documentId, created: outcome.created, figures: outcome.figures, bytes: page.bytes?.byteLength ?? 0 };
  } catch (error) {
    if (error instanceof IngestRefused) return { state: 'refused', problem: `${item.link}: ${error.message}` };
    throw error;
  }
}
