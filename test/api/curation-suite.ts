// The curation routes in the API suite, so they run on a libSQL file, sqld and workerd + D1:
// an undated article is listed, dated, corrected, confirmed, rejected and deleted, every step in
// the audit, every refusal in the one error shape. Runs last: it adds and removes its own article.
import { describe, expect, it } from 'vitest';
import type { DocumentResponse, IngestResponse } from '../../src/api/types';
import { auditEntrySchema, correctionResponseSchema, rebuildReportSchema } from '../../src/api/response-schemas-curation';
import { expectError, post, send as sendTo, type SuiteTarget } from './suite';

const UNDATED =
  'Exports from the southern terminals averaged 3.1 million barrels per day last month, while the northern ' +
  'pipeline to Ceyhan carried about 400,000 bpd on Tuesday, an official at the state marketing company said.';

type Figure = DocumentResponse['figures'][number];
interface Audit {
  entries: { by: string; action: string; documentId: number | null; target: string; old: Record<string, unknown> | null; new: Record<string, unknown> | null }[];
  total: number;
}

export function curationSuite(target: () => SuiteTarget): void {
  describe('curation', () => {
    let id: number;
    const send = (path: string, method: string, body?: unknown, token: string | null = target().token) => sendTo(target(), path, method, body, token);
    const get = async <T>(path: string): Promise<T> => {
      const res = await target().fetch(path);
      expect(res.status, path).toBe(200);
      return (await res.json()) as T;
    };
    const figure = async (words: string): Promise<Figure | undefined> =>
      (await get<DocumentResponse>(`/api/documents/${id}`)).figures.find((f) => f.text === words);

    it('stores an article without a date as undated, says so, and lists it among the undated', async () => {
      const res = await post(target(), { text: UNDATED, title: 'Undated flows' });
      expect(res.status).toBe(201);
      const body = (await res.json()) as IngestResponse;
      id = body.document.id;
      expect(body.document.published).toBeNull();
      expect(body.notes.join(' ')).toMatch(/stored as undated.*PUT \/api\/documents\/\d+\/published/);
      const undated = await get<{ documents: { id: number; figures: Figure[] }[] }>('/api/undated');
      const listed = undated.documents.find((d) => d.id === id);
      expect(listed?.figures.length).toBeGreaterThan(0);
      expect(listed?.figures.every((f) => f.asOf === null)).toBe(true);
    });

    it('refuses publication dates in the future or before 1900, on ingest and when set', async () => {
      const future = await expectError(await post(target(), { text: `${UNDATED} More.`, published: '2071-03-01' }), 400, 'bad_request');
      expect(future.issues?.[0]).toMatchObject({ path: 'published', message: expect.stringMatching(/future/) });
      const old = await expectError(await send(`/api/documents/${id}/published`, 'PUT', { published: '1017-03-01' }), 400);
      expect(old.message).toMatch(/published.*before 1900/);
      await expectError(await send(`/api/documents/${id}/published`, 'PUT', { published: '2022-02-30' }), 400);
      // A dateline is a date too: one that reads as a future year is refused, not stored.
      const dateline = await expectError(await post(target(), { text: `ERBIL, March 4, 2071 (Test Wire) - ${UNDATED}` }), 400);
      expect(dateline.message).toMatch(/dateline reads as 2071-03-04, in the future/);
      // Given with the article, the right date takes precedence over a wrong dateline.
      expect((await post(target(), { text: `ERBIL, March 4, 2071 (Test Wire) - ${UNDATED}`, published: '2021-03-04' })).status).toBe(201);
    });

    it('gives an undated document its date: relative words are dated and it leaves the undated list', async () => {
      const res = await send(`/api/documents/${id}/published`, 'PUT', { published: '2022-05-12' });
      expect(res.status).toBe(200);
      const { report } = (await res.json()) as { report: unknown };
      expect(rebuildReportSchema.safeParse(report).error).toBeUndefined();
      expect((await figure('400,000 bpd'))?.asOf).toBe('2022-05-10');
      const undated = await get<{ documents: { id: number }[] }>('/api/undated');
      expect(undated.documents.some((d) => d.id === id)).toBe(false);
    });

    it('corrects a figure and records old and new under the token name', async () => {
      const before = (await figure('400,000 bpd'))!;
      const res = await send(`/api/figures/${before.id}`, 'PATCH', { value: 410000, approx: false });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { figure: Figure; correction: { action: string; by: string } };
      expect(correctionResponseSchema.safeParse(body).error).toBeUndefined();
      expect(body.figure).toMatchObject({ value: 410000, approx: false, start: before.start, end: before.end });
      expect(body.figure.tags).toContain('analyst:corrected');
      expect(body.correction).toMatchObject({ action: 'correct', by: 'default' });
      expect(await figure('400,000 bpd')).toMatchObject({ value: 410000 });
      const audit = await get<Audit>(`/api/audit?document=${id}`);
      for (const e of audit.entries) expect(auditEntrySchema.safeParse(e).error).toBeUndefined();
      expect(audit.entries[0]).toMatchObject({ action: 'figure.correct', by: 'default', old: { value: 400000, approx: true }, new: { value: 410000, approx: false } });
      expect(audit.entries.map((e) => e.action)).toContain('document.published');
    });

    it('confirms one figure and rejects another', async () => {
      const other = (await figure('3.1 million barrels per day'))!;
      const confirmed = (await (await send(`/api/figures/${other.id}/confirm`, 'POST')).json()) as { figure: Figure };
      expect(correctionResponseSchema.safeParse(confirmed).error).toBeUndefined();
      expect(confirmed.figure.tags).toContain('analyst:confirmed');
      const rejected = await send(`/api/figures/${confirmed.figure.id}`, 'DELETE');
      expect(rejected.status).toBe(200);
      const rejectedBody = (await rejected.json()) as { figure: Figure | null };
      expect(correctionResponseSchema.safeParse(rejectedBody).error).toBeUndefined();
      expect(rejectedBody.figure).toBeNull();
      expect(await figure('3.1 million barrels per day')).toBeUndefined();
      const audit = await get<Audit>(`/api/audit?document=${id}&limit=2`);
      expect(audit.entries.map((e) => e.action)).toEqual(['figure.reject', 'figure.confirm']);
    });

    it('refuses bad corrections in the one error shape, naming the field', async () => {
      const f = (await figure('400,000 bpd'))!;
      const bad = await expectError(await send(`/api/figures/${f.id}`, 'PATCH', { value: 'lots', unit: 'tonnes' }), 400, 'bad_request');
      expect(bad.issues?.map((i) => i.path).sort()).toEqual(['unit', 'value']);
      const unknown = await expectError(await send(`/api/figures/${f.id}`, 'PATCH', { valeu: 1 }), 400);
      expect(unknown.message).toMatch(/valeu/);
      await expectError(await send(`/api/figures/${f.id}`, 'PATCH', {}), 400);
      await expectError(await send(`/api/figures/${f.id}`, 'PATCH', 'value=1'), 400);
      await expectError(await send(`/api/figures/${f.id}`, 'PATCH', { value: 1 }, null), 401, 'unauthorized');
      await expectError(await send(`/api/figures/${f.id}`, 'PATCH', { value: 1 }, 'wrong-token'), 401);
      await expectError(await send('/api/figures/999999999', 'DELETE'), 404, 'not_found');
      await expectError(await send('/api/figures/abc/confirm', 'POST'), 404, 'not_found');
      await expectError(await send('/api/documents/999999999/published', 'PUT', { published: '2020-01-01' }), 404);
      await expectError(await send(`/api/documents/${id}/published`, 'PUT', { date: '2020-01-01' }), 400);
      await expectError(await target().fetch('/api/audit?limit=0'), 400);
    });

    it('deletes a document; the audit keeps its history', async () => {
      await expectError(await send(`/api/documents/${id}`, 'DELETE', undefined, null), 401);
      const res = await send(`/api/documents/${id}`, 'DELETE');
      expect(res.status).toBe(200);
      await expectError(await target().fetch(`/api/documents/${id}`), 404);
      await expectError(await send(`/api/documents/${id}`, 'DELETE'), 404);
      const audit = await get<Audit>(`/api/audit?document=${id}`);
      for (const e of audit.entries) expect(auditEntrySchema.safeParse(e).error).toBeUndefined();
      expect(audit.entries[0]).toMatchObject({ action: 'document.delete', old: { title: 'Undated flows' }, new: null });
      expect(audit.total).toBeGreaterThanOrEqual(5);
    });
  });
}
