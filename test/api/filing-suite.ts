// Series and entity curation in the API suite (all three engines): an unlisted pipeline name is
// mapped to a listed one, a series renamed, merged and split, each audited, each kept for
// articles ingested afterwards. Uses its own invented articles; runs after curation-suite.
import { describe, expect, it } from 'vitest';
import type { IngestResponse, SeriesListResponse } from '../../src/api/types';
import { expectError, post, send as sendTo, type SuiteTarget } from './suite';

const FIRST =
  'Shipments through the Tawke-Fishkhabour feeder line rose to 95,000 barrels per day on Monday, while the ' +
  'Northern Star Pipeline carried 60,000 bpd, officials said.';
const LATER = 'The Northern Star Pipeline carried 64,000 bpd on Wednesday, a week after repairs, the operator said.';

interface Audit {
  entries: { by: string; action: string; target: string; old: Record<string, unknown> | null; new: Record<string, unknown> | null }[];
}

export function filingSuite(target: () => SuiteTarget): void {
  describe('series and entity curation', () => {
    const send = (path: string, method: string, body?: unknown, token: string | null = target().token) => sendTo(target(), path, method, body, token);
    const get = async <T>(path: string): Promise<T> => (await (await target().fetch(path)).json()) as T;
    const seriesOf = async (words: string, doc: IngestResponse) => {
      const got = await get<{ figures: { text: string; series: string; id: number }[] }>(`/api/documents/${doc.document.id}`);
      return got.figures.find((f) => f.text === words)!;
    };
    let first: IngestResponse;

    it('maps an unlisted name to a listed entity, for stored articles and later ones', async () => {
      first = (await (await post(target(), { text: FIRST, published: '2022-05-12' })).json()) as IngestResponse;
      const star = await seriesOf('60,000 bpd', first);
      const list = await get<SeriesListResponse>('/api/series?limit=1000');
      const entity = list.series.find((s) => s.id === star.series)!.entity;
      expect(entity).not.toBe('druzhba');
      const unlisted = await get<{ entities: { id: string; series: string[]; figures: number }[] }>('/api/unlisted');
      expect(unlisted.entities.find((e) => e.id === entity)).toMatchObject({ series: [star.series], figures: 1 });

      await expectError(await send(`/api/entities/${entity}/mapping`, 'PUT', { to: 'no-such-place' }), 400, 'bad_request');
      await expectError(await send('/api/entities/druzhba/mapping', 'PUT', { to: 'kurdistan-pipeline' }), 400);
      await expectError(await send(`/api/entities/${entity}/mapping`, 'PUT', { to: 'druzhba' }, null), 401);
      const res = await send(`/api/entities/${entity}/mapping`, 'PUT', { to: 'druzhba' });
      expect(res.status).toBe(200);
      expect((await seriesOf('60,000 bpd', first)).series).toMatch(/^druzhba-/);
      expect((await get<{ entities: { id: string }[] }>('/api/unlisted')).entities.some((e) => e.id === entity)).toBe(false);
      const later = (await (await post(target(), { text: LATER, published: '2022-05-20' })).json()) as IngestResponse;
      expect((await seriesOf('64,000 bpd', later)).series).toMatch(/^druzhba-/);
      const audit = await get<Audit>('/api/audit?limit=1');
      expect(audit.entries[0]).toMatchObject({ action: 'entity.map', old: { entity }, new: { entity: 'druzhba' } });
    });

    it('renames a series', async () => {
      const s = (await seriesOf('60,000 bpd', first)).series;
      await expectError(await send(`/api/series/${s}`, 'PATCH', { label: '' }), 400);
      expect((await send(`/api/series/${s}`, 'PATCH', { label: 'Druzhba (analyst label)' })).status).toBe(200);
      const one = await get<{ series: { label: string } }>(`/api/series/${s}`);
      expect(one.series.label).toBe('Druzhba (analyst label)');
      await expectError(await send('/api/series/no-such-series', 'PATCH', { label: 'x' }), 404, 'not_found');
    });

    it('merges one series into another of the same unit, and refuses other units', async () => {
      const from = (await seriesOf('95,000 barrels per day', first)).series;
      const into = (await seriesOf('60,000 bpd', first)).series;
      await expectError(await send(`/api/series/${from}/merge`, 'POST', { into: 'brent-price-usd-bbl' }), 400);
      const res = await send(`/api/series/${from}/merge`, 'POST', { into });
      expect(res.status).toBe(200);
      expect((await seriesOf('95,000 barrels per day', first)).series).toBe(into);
      await expectError(await target().fetch(`/api/series/${from}`), 404);
      const audit = await get<Audit>('/api/audit?limit=1');
      expect(audit.entries[0]).toMatchObject({ action: 'series.merge', new: { series: into } });
    });

    it('splits figures out of a series into another subject', async () => {
      const f = await seriesOf('95,000 barrels per day', first);
      const other = await seriesOf('60,000 bpd', first);
      await expectError(await send(`/api/series/${f.series}/split`, 'POST', { figures: [f.id] }), 400);
      const elsewhere = (await get<SeriesListResponse>('/api/series?limit=1000')).series.find((x) => x.id !== f.series)!;
      await expectError(await send(`/api/series/${elsewhere.id}/split`, 'POST', { figures: [f.id], subject: 'x' }), 400);
      const res = await send(`/api/series/${f.series}/split`, 'POST', { figures: [f.id], subject: 'Tawke feeder line' });
      expect(res.status).toBe(200);
      const moved = await seriesOf('95,000 barrels per day', first);
      expect(moved.series).toMatch(/^tawke-feeder-line-/);
      expect((await seriesOf('60,000 bpd', first)).series).toBe(other.series);
      const audit = await get<Audit>('/api/audit?limit=1');
      expect(audit.entries[0]).toMatchObject({ action: 'figure.correct', new: { subject: 'Tawke feeder line' } });
    });
  });
}
