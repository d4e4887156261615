// Adding from the browser, in the API suite on all three engines: POST /api/preview gives the
// figures a save would give without storing anything, and events are added, edited and deleted
// with the token, audited, and seen at once by GET /api/events and /api/compare.
import { describe, expect, it } from 'vitest';
import { eventResponseSchema, previewResponseSchema, type PreviewResponse } from '../../src/api/response-schemas-find';
import type { CompareResponse, DocumentsResponse, EventsResponse, IngestResponse } from '../../src/api/types';
import { expectError, send as sendTo, type SuiteTarget } from './suite';

const ARTICLE =
  'Flows through the Kurdistan pipeline to Ceyhan fell to 280,000 barrels per day on Tuesday, two shipping sources said, ' +
  'down 40,000 bpd from a week earlier. Loadings at Ceyhan were slowed by rough seas.';

export function addingSuite(target: () => SuiteTarget): void {
  const send = (path: string, method: string, body?: unknown, token?: string | null) => sendTo(target(), path, method, body, token === undefined ? target().token : token);
  const get = async <T>(path: string): Promise<T> => (await (await target().fetch(path)).json()) as T;

  describe('preview before saving (POST /api/preview)', () => {
    it('gives the figures and spans the save gives, and stores nothing', async () => {
      const before = await get<DocumentsResponse>('/api/documents?limit=1');
      const res = await send('/api/preview', 'POST', { text: ARTICLE, title: 'Pipeline flows dip', published: '2019-03-06' });
      expect(res.status).toBe(200);
      const preview = (await res.json()) as PreviewResponse;
      expect(previewResponseSchema.safeParse(preview).error).toBeUndefined();
      expect(preview.figures.length).toBeGreaterThanOrEqual(2);
      for (const f of preview.figures) expect(preview.text.slice(f.start, f.end)).toBe(f.text);
      expect((await get<DocumentsResponse>('/api/documents?limit=1')).total).toBe(before.total);

      const saved = await send('/api/documents', 'POST', { text: ARTICLE, title: 'Pipeline flows dip', published: '2019-03-06' });
      const stored = ((await saved.json()) as IngestResponse).figures;
      const shape = (f: { value: number; kind: string; series: string; start: number; end: number; asOf: string | null }) =>
        `${f.kind} ${f.value} ${f.series} ${f.start}-${f.end} ${f.asOf}`;
      expect(stored.map(shape).sort()).toEqual(preview.figures.map(shape).sort());
    });

    it('refuses what a save refuses, with the same errors', async () => {
      await expectError(await send('/api/preview', 'POST', { text: ARTICLE }, null), 401, 'unauthorized');
      const binary = await expectError(await send('/api/preview', 'POST', { text: 'oil\u0000\u0001\u0002 flows' }), 400, 'bad_request');
      expect(binary.issues?.[0]?.path).toBe('text');
      expect((await expectError(await send('/api/preview', 'POST', { text: ARTICLE, published: '2071-01-01' }), 400)).issues?.[0]?.path).toBe('published');
      // A dateline in the future is refused by the save, so by the preview too, in the same words.
      const dated = 'BAGHDAD, March 3, 2071 (Reuters) - Exports reached 3.4 million barrels per day, the ministry said.';
      const saveSays = await expectError(await send('/api/documents', 'POST', { text: dated }), 400);
      const previewSays = await expectError(await send('/api/preview', 'POST', { text: dated }), 400);
      expect(previewSays).toEqual(saveSays);
      expect(previewSays.message).toMatch(/dateline reads as 2071-03-03/);
      await expectError(await target().fetch('/api/preview', { method: 'POST', headers: { Authorization: `Bearer ${target().token}` }, body: ARTICLE }), 415);
    });

    it('says so when the article has no date', async () => {
      const preview = (await (await send('/api/preview', 'POST', { text: 'Exports reached 90,000 bpd, the ministry said.' })).json()) as PreviewResponse;
      expect(preview.published).toBeNull();
      expect(preview.notes.join(' ')).toMatch(/No publication date/);
    });
  });

  describe('events from the browser (POST, PATCH, DELETE /api/events)', () => {
    const events = () => get<EventsResponse>('/api/events');

    it('adds an event that GET /api/events and the before/after comparison see at once', async () => {
      const res = await send('/api/events', 'POST', { date: '2019-03-04', label: 'Valve fire at the Fishkhabour station' });
      expect(res.status).toBe(201);
      const { event } = (await res.json()) as { event: { id: string } };
      expect(eventResponseSchema.safeParse({ event }).error).toBeUndefined();
      expect(event).toEqual({ id: '2019-03-04-valve-fire-at-the-fishkhabour-station', date: '2019-03-04', label: 'Valve fire at the Fishkhabour station' });
      expect((await events()).events).toContainEqual(event);
      const series = (await get<{ series: { id: string; entity: string; measure: string }[] }>('/api/series?limit=1000')).series.find(
        (s) => s.entity === 'kurdistan-pipeline' && s.measure === 'flow',
      )!;
      const compare = await get<CompareResponse>(`/api/compare?series=${series.id}&event=${event.id}&window=7`);
      expect(compare.event.id).toBe(event.id);
      expect(compare.after.count).toBeGreaterThan(0);
      await expectError(await send('/api/events', 'POST', { id: event.id, date: '2019-03-05', label: 'Again' }), 409, 'conflict');
    });

    it('edits and deletes it, each audited under the token name', async () => {
      const id = '2019-03-04-valve-fire-at-the-fishkhabour-station';
      const edited = await send(`/api/events/${id}`, 'PATCH', { date: '2019-03-03', label: 'Valve fire at Fishkhabour' });
      expect(await edited.json()).toEqual({ event: { id, date: '2019-03-03', label: 'Valve fire at Fishkhabour' } });
      expect((await events()).events).toContainEqual({ id, date: '2019-03-03', label: 'Valve fire at Fishkhabour' });
      expect((await send(`/api/events/${id}`, 'DELETE')).status).toBe(200);
      expect((await events()).events.map((e) => e.id)).not.toContain(id);
      await expectError(await send(`/api/events/${id}`, 'DELETE'), 404, 'not_found');
      const audit = await get<{ entries: { action: string; by: string; target: string }[] }>('/api/audit?limit=10');
      expect(audit.entries.filter((e) => e.action.startsWith('event.')).map((e) => e.action)).toEqual(['event.delete', 'event.update', 'event.create']);
    });

    it('refuses bad bodies and writes without the token', async () => {
      await expectError(await send('/api/events', 'POST', { date: '2019-03-04', label: 'x' }, null), 401);
      const bad = await expectError(await send('/api/events', 'POST', { date: '04/03/2019', label: '' }), 400, 'bad_request');
      expect(bad.issues?.map((i) => i.path).sort()).toEqual(['date', 'label']);
      expect((await expectError(await send('/api/events', 'POST', { date: '2019-03-04', label: 'Fire', colour: 'red' }), 400)).message).toMatch(/send only/);
      expect((await expectError(await send('/api/events/kirkuk-takeover', 'PATCH', {}), 400)).message).toMatch(/must change something/);
      await expectError(await send('/api/events/no-such-event', 'PATCH', { label: 'Nothing' }), 404);
    });
  });
}
