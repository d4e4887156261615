// Calls of the finding and adding elements: search, preview and save of a pasted article, and
// event writes. Writes carry the analyst's token (held by the element that asked for it, never
// stored). Errors carry the API's own message, through the same call() as the curation panel.
import type { IngestResponse } from '../src/api/types';
import type { EventResponse, PreviewResponse, SearchResponse } from '../src/api/response-schemas-find';
import { call } from './curation-client';

/** Documents per page of search results. */
export const SEARCH_PAGE = 10;

export interface ArticleInput {
  text: string;
  title?: string | null;
  source?: string | null;
  url?: string | null;
  published?: string | null;
}

export interface EventInput {
  date?: string;
  label?: string;
  aliases?: string[];
}

const write = (method: string, body: unknown, token: string): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
  ...(body === undefined ? {} : { body: JSON.stringify(body) }),
});

export const findApi = {
  search: (q: string, offset: number, signal?: AbortSignal) =>
    call<SearchResponse>(`search?${new URLSearchParams({ q, offset: String(offset), limit: String(SEARCH_PAGE) })}`, {}, signal),
  preview: (article: ArticleInput, token: string) => call<PreviewResponse>('preview', write('POST', article, token)),
  save: (article: ArticleInput, token: string) => call<IngestResponse>('documents', write('POST', article, token)),
  addEvent: (event: EventInput, token: string) => call<EventResponse>('events', write('POST', event, token)),
  editEvent: (id: string, event: EventInput, token: string) => call<EventResponse>(`events/${encodeURIComponent(id)}`, write('PATCH', event, token)),
  deleteEvent: (id: string, token: string) => call<EventResponse>(`events/${encodeURIComponent(id)}`, write('DELETE', undefined, token)),
};
