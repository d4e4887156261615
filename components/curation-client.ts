// The curation panel's calls: the audit and undated lists, and giving a document its date (a
// write, with the analyst's token). Errors carry the API's own message.
// `call` is also what the search, paste and event clients (find-client.ts) use.
import type { DocumentResponse } from '../src/api/types';
import { ApiError, apiUrl } from './api-client';
import type { AuditEntryView } from './curation-format';

export interface UndatedDoc {
  id: number;
  title: string | null;
  source: string | null;
  figures: DocumentResponse['figures'];
}

export async function call<T>(path: string, init: RequestInit = {}, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(apiUrl(path), { ...init, signal: signal ?? null, headers: { accept: 'application/json', ...init.headers } });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiError('Cannot reach the flowline API. Is the server running?', 0);
  }
  const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!res.ok) throw new ApiError(body?.error?.message ?? `The API answered ${res.status}.`, res.status);
  return body as T;
}

export const curationApi = {
  audit: (signal?: AbortSignal) => call<{ entries: AuditEntryView[]; total: number }>('audit?limit=50', {}, signal),
  undated: (signal?: AbortSignal) => call<{ documents: UndatedDoc[]; total: number }>('undated?limit=50', {}, signal),
  setPublished: (id: number, published: string, token: string) =>
    call<unknown>(`documents/${id}/published`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ published }),
    }),
};
