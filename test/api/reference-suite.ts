// Reference series and the truth check in the API suite, so they run on a libSQL file, sqld and
// workerd + D1: malformed CSVs refused with their line and nothing stored, a FRED-layout import,
// the check on points and document figures, and the check following a re-import and a correction.
// Runs after the others: it adds its own article (January 2020, a period no other test uses).
import { describe, expect, it } from 'vitest';
import { referenceImportResponseSchema, referenceListResponseSchema, referenceResponseSchema } from '../../src/api/response-schemas-reference';
import { observedPointSchema, figureSchema } from '../../src/api/response-schemas';
import type { DocumentResponse, IngestResponse, SeriesResponse } from '../../src/api/types';
import type { ReferenceResponse } from '../../src/reference/types';
import { expectError, post, send, type SuiteTarget } from './suite';

// Our own sentences: Thursday 2 January 2020's prices, published on the Friday.
const ARTICLE =
  'LONDON, Jan 3 (Test Wire) - Oil prices eased on Friday as traders weighed fresh supply from the Gulf. ' +
  'Brent crude futures settled at $66.25 a barrel on Thursday, while West Texas Intermediate ended the session at $61.18 a barrel. ' +
  'Exports from the Basra terminals held near 3.4 million barrels per day, port officials said.';

const FRED = 'DATE,DCOILBRENTEU\n2019-12-31,66.00\n2020-01-01,.\n2020-01-02,66.50\n2020-01-03,68.90\n';
const ID = 'test-brent-spot-daily';
const importBody = (csv: string, id = ID) => ({ csv, id, label: 'Test Brent spot', subject: 'North Sea Brent', measure: 'price', unit: 'USD/bbl', frequency: 'daily', provider: 'Test provider' });

export function referenceSuite(target: () => SuiteTarget): void {
  describe('reference series and the truth check', () => {
    let documentId: number;
    const get = async <T>(path: string): Promise<T> => {
      const res = await target().fetch(path);
      expect(res.status, path).toBe(200);
      return (await res.json()) as T;
    };
    const brentPoint = async () => (await get<SeriesResponse>('/api/series/brent-price-usd-bbl?from=2020-01-01&to=2020-01-31')).points.find((p) => p.document.id === documentId)!;

    it('gives no check while no reference covers a series', async () => {
      const res = await post(target(), { text: ARTICLE, title: 'Oil eases', published: '2020-01-03' });
      documentId = ((await res.json()) as IngestResponse).document.id;
      const point = await brentPoint();
      expect(point).toMatchObject({ value: 66.25, asOf: '2020-01-02' });
      expect(point.check).toBeUndefined();
    });

    it('refuses a malformed CSV with the line named, and stores nothing', async () => {
      const text = await expectError(await send(target(), '/api/references', 'POST', importBody('Date,Price\n2020-01-02,66.5\n2020-01-03,sixty\n')), 400, 'bad_request');
      expect(text.issues).toEqual([{ path: 'csv', message: 'line 3: "sixty" in column Price is not a number' }]);
      const dup = await expectError(await send(target(), '/api/references', 'POST', importBody('Date,Price\n2020-01-02,66.5\n2020-01-02,67\n')), 400);
      expect(dup.message).toMatch(/line 3: date 2020-01-02 is already on line 2/);
      const headless = await expectError(await send(target(), '/api/references', 'POST', importBody('2020-01-02,66.5\n')), 400);
      expect(headless.message).toMatch(/line 1: .*header/);
      const subject = await expectError(await send(target(), '/api/references', 'POST', { ...importBody(FRED), subject: 'Atlantis crude' }), 400);
      expect(subject.issues?.[0]?.path).toBe('subject');
      await expectError(await target().fetch(`/api/references/${ID}`), 404, 'not_found');
      expect((await get<{ references: unknown[] }>('/api/references?entity=brent')).references.filter((r) => (r as { id: string }).id === ID)).toEqual([]);
    });

    it('needs the write token to import', async () => {
      await expectError(await send(target(), '/api/references', 'POST', importBody(FRED), null), 401);
    });

    it("imports FRED's layout, skipping its '.' days, once", async () => {
      const res = await send(target(), '/api/references', 'POST', importBody(FRED));
      expect(res.status).toBe(201);
      const body = await res.json();
      expect(referenceImportResponseSchema.safeParse(body).error).toBeUndefined();
      expect(body).toMatchObject({ imported: true, missing: 1, reference: { id: ID, source: 'reference', entity: 'brent', measure: 'price', unit: 'USD/bbl', values: 3, first: '2019-12-31', last: '2020-01-03' } });
      const again = await send(target(), '/api/references', 'POST', importBody(FRED));
      expect(again.status).toBe(200);
      expect(await again.json()).toMatchObject({ imported: false, missing: 1, reference: { values: 3 } });
      const list = await get<unknown>('/api/references?entity=brent&measure=price&unit=USD/bbl');
      expect(referenceListResponseSchema.safeParse(list).error).toBeUndefined();
    });

    it('serves the values in a range with their mean', async () => {
      const body = await get<ReferenceResponse>(`/api/references/${ID}?from=2020-01-01&to=2020-01-03`);
      expect(referenceResponseSchema.safeParse(body).error).toBeUndefined();
      expect(body.values).toEqual([{ date: '2020-01-02', value: 66.5 }, { date: '2020-01-03', value: 68.9 }]);
      expect(body.mean).toBeCloseTo(67.7, 6);
    });

    it('checks the Brent price on its day, on points and document figures; other series get none', async () => {
      const point = await brentPoint();
      expect(observedPointSchema.safeParse(point).error).toBeUndefined();
      expect(point.check).toEqual({ reference: ID, label: 'Test Brent spot', refDate: '2020-01-02', refValue: 66.5, diffPct: -0.4, status: 'agrees' });
      const doc = await get<DocumentResponse>(`/api/documents/${documentId}`);
      for (const f of doc.figures) expect(figureSchema.safeParse(f).error).toBeUndefined();
      expect(doc.figures.find((f) => f.value === 66.25)?.check?.status).toBe('agrees');
      expect(doc.figures.find((f) => f.value === 61.18)?.check).toBeUndefined();
      expect(doc.figures.find((f) => f.unit === 'bbl/d')?.check).toBeUndefined();
      // The ingest answer carries it too.
      const res = await post(target(), { text: 'North Sea Brent traded at $66.60 a barrel on Thursday, dealers in an invented note said.', published: '2020-01-03' });
      const ingested = (await res.json()) as IngestResponse;
      expect(ingested.figures.find((f) => f.value === 66.6)?.check).toMatchObject({ refValue: 66.5, diffPct: 0.2, status: 'agrees' });
    });

    it('gives a point the same check whatever range is asked (checks are kept per series and data version)', async () => {
      const whole = (await get<SeriesResponse>('/api/series/brent-price-usd-bbl')).points.find((p) => p.document.id === documentId)!;
      const narrow = (await get<SeriesResponse>('/api/series/brent-price-usd-bbl?from=2020-01-02&to=2020-01-02')).points.find((p) => p.document.id === documentId)!;
      expect(narrow.check?.status).toBe('agrees');
      expect(narrow.check).toEqual(whole.check);
    });

    it('follows a new import of the reference at once', async () => {
      const res = await send(target(), '/api/references', 'POST', importBody('Date,Price\n2020-01-02,73.00\n2020-01-03,74.00\n'));
      expect(res.status).toBe(201);
      expect((await brentPoint()).check).toMatchObject({ refValue: 73, diffPct: -9.2, status: 'near' });
    });

    it('follows a correction of the figure at once', async () => {
      const before = await brentPoint();
      const res = await send(target(), `/api/figures/${before.id}`, 'PATCH', { value: 90 });
      expect(res.status).toBe(200);
      expect((await brentPoint()).check).toMatchObject({ refValue: 73, diffPct: 23.3, status: 'off' });
    });

    it('says "no reference" for a day the reference does not reach', async () => {
      const before = await brentPoint();
      expect((await send(target(), `/api/figures/${before.id}`, 'PATCH', { asOf: '2020-01-20' })).status).toBe(200);
      const after = (await get<SeriesResponse>('/api/series/brent-price-usd-bbl?from=2020-01-01&to=2020-01-31')).points.find((p) => p.document.id === documentId)!;
      expect(after.check).toEqual({ reference: ID, label: 'Test Brent spot', refDate: null, refValue: null, diffPct: null, status: 'no reference' });
    });
  });
}
