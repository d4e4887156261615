// Corrections survive `npm run reextract`: an article is ingested, an analyst corrects one figure
// and rejects another, then a changed extractor runs over everything. On a libSQL file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { exportGold } from '../../src/curation/export';
import { reextractAll } from '../../src/curation/reextract';
import { PROJECT_ROOT } from '../../src/db/client';
import { extract } from '../../src/extract';
import type { ExtractOptions } from '../../src/extract/types';
import type { IngestResponse } from '../../src/api/types';
import { listDocumentFigures } from '../../src/db/repo/points';
import { inProcessApp, type InProcess } from '../support/app';
import { tempDbUrl, tempDir } from '../support/temp';

const TEXT =
  'Flows through the northern export pipeline to Ceyhan averaged 410,000 barrels per day on Monday, ' +
  'up from 380,000 bpd a week earlier, a shipping source said. Loadings at Basra reached 2.9 million bpd ' +
  'in February, and Brent settled at $64.20 a barrel.';

const temp = tempDbUrl();
let t: InProcess;
let docId: number;

const send = (path: string, method: string, token: string, body?: unknown) =>
  t.fetch(path, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });

// Straight from the database: re-extraction writes beside the app, whose cache sees it within 1 s.
const figures = () => listDocumentFigures(t.database.db, docId);
const at = async (words: string) => (await figures()).find((f) => f.text === words);

beforeAll(async () => {
  t = await inProcessApp(temp.url, { token: 'alice:a-secret, bob:b-secret' });
  const res = await send('/api/documents', 'POST', 'a-secret', { text: TEXT, published: '2021-03-03' });
  docId = ((await res.json()) as IngestResponse).document.id;
});
afterAll(() => {
  t.database.close();
  temp.cleanup();
});

describe('corrections and re-extraction', () => {
  it('corrects a figure under the token name and lists the change in the audit', async () => {
    const basra = (await at('2.9 million bpd'))!;
    // The analyst files Basra's loadings as the country's exports (the extractor says loadings).
    expect(basra.measure).not.toBe('exports');
    const res = await send(`/api/figures/${basra.id}`, 'PATCH', 'a-secret', { measure: 'exports', value: 2950000 });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { figure: { value: number; series: string; tags: string[] } };
    expect(body.figure).toMatchObject({ value: 2950000, series: expect.stringMatching(/-exports-bbl-d$/) });
    expect(body.figure.tags).toContain('analyst:corrected');
    // The series it left had no other figure: it is gone, not listed empty.
    expect(basra.series).not.toBe(body.figure.series);
    expect((await t.fetch(`/api/series/${basra.series}`)).status).toBe(404);

    const audit = (await (await t.fetch(`/api/audit?document=${docId}`)).json()) as { entries: { by: string; action: string; old: { value: number }; new: { value: number } }[] };
    expect(audit.entries[0]).toMatchObject({ by: 'alice', action: 'figure.correct', old: { value: 2900000 }, new: { value: 2950000 } });
  });

  it('rejects a figure under another name', async () => {
    const brent = (await at('$64.20 a barrel'))!;
    expect((await send(`/api/figures/${brent.id}`, 'DELETE', 'b-secret')).status).toBe(200);
    expect(await at('$64.20 a barrel')).toBeUndefined();
    const audit = (await (await t.fetch('/api/audit')).json()) as { entries: { by: string; action: string }[] };
    expect(audit.entries[0]).toMatchObject({ by: 'bob', action: 'figure.reject' });
  });

  it('keeps both through a re-extraction by a changed extractor, and reports what changed', async () => {
    // The "improved" extractor dates the week-earlier level a day later and no longer finds the
    // Basra figure at all: the analyst's copy of it must come back.
    const changed = (text: string, options?: ExtractOptions) => {
      const result = extract(text, options);
      return {
        ...result,
        figures: result.figures
          .filter((f) => f.text !== '2.9 million bpd')
          .map((f) => (f.text === '380,000 bpd' ? { ...f, asOf: '2021-02-23' } : f)),
      };
    };
    const reports: { figures: { changed: { text: string; fields: Record<string, unknown> }[] } }[] = [];
    const totals = await reextractAll(t.database.db, { extract: changed, onDocument: (r) => reports.push(r) });
    expect(totals).toMatchObject({ documents: 1, changed: 1, altered: 1, restored: 1, rejected: 1, added: 0, removed: 0 });
    expect(reports[0]!.figures.changed[0]).toMatchObject({ text: '380,000 bpd', fields: { asOf: ['2021-02-22', '2021-02-23'] } });

    expect(await at('2.9 million bpd')).toMatchObject({ value: 2950000, series: expect.stringMatching(/-exports-/) });
    expect(await at('$64.20 a barrel')).toBeUndefined();
    expect((await at('380,000 bpd'))?.asOf).toBe('2021-02-23');
  });

  it('a second run with the same extractor changes nothing', async () => {
    const totals = await reextractAll(t.database.db, { dryRun: true });
    // Back on the real extractor: only the stub's date moves back; corrections still hold.
    expect(totals).toMatchObject({ altered: 1, added: 0, removed: 0, rejected: 1 });
    await reextractAll(t.database.db);
    expect(await reextractAll(t.database.db, { dryRun: true })).toMatchObject({ changed: 0, altered: 0, added: 0, removed: 0 });
    expect(await at('2.9 million bpd')).toMatchObject({ value: 2950000 });
  });

  it('a new publication date re-dates relative words and keeps the corrections', async () => {
    const res = await send(`/api/documents/${docId}/published`, 'PUT', 'a-secret', { published: '2021-03-10' });
    expect(res.status).toBe(200);
    expect((await at('410,000 barrels per day'))?.asOf).toBe('2021-03-08');
    expect(await at('2.9 million bpd')).toMatchObject({ value: 2950000 });
    const audit = (await (await t.fetch('/api/audit?limit=1')).json()) as { entries: { action: string; old: unknown; new: unknown }[] };
    expect(audit.entries[0]).toMatchObject({ action: 'document.published', old: { published: '2021-03-03' }, new: { published: '2021-03-10' } });
  });

  it('exports reviewed figures as a gold set the scorer reads, rejected ones as distractors', async () => {
    const confirmed = (await at('410,000 barrels per day'))!;
    expect((await send(`/api/figures/${confirmed.id}/confirm`, 'POST', 'b-secret')).status).toBe(200);
    const set = await exportGold(t.database.db);
    expect(set).toMatchObject({ figures: 2, distractors: 1 });
    const gold = set.files.get('gold.jsonl')!.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(gold[0]).toMatchObject({ file: `articles/doc-${docId}.txt`, value: 410000, unit: 'bbl/d', kind: 'level', asOf: '2021-03-08', span: '410,000 barrels per day', note: expect.stringMatching(/^confirmed by bob/) });
    expect(gold[1]).toMatchObject({ value: 2950000, span: '2.9 million bpd', note: expect.stringMatching(/^corrected by alice .*\(value, measure\)/) });
    expect(Object.keys(gold[0]!)).toEqual(['file', 'value', 'unit', 'kind', 'approx', 'asOf', 'asOfTo', 'subject', 'span', 'note']);

    const scorer = resolve(PROJECT_ROOT, '../shared/eval/score.mjs');
    if (!existsSync(scorer)) return;
    const out = tempDir('flowline-gold-');
    try {
      for (const [file, text] of set.files) {
        mkdirSync(dirname(join(out.dir, file)), { recursive: true });
        writeFileSync(join(out.dir, file), text);
      }
      const report = execFileSync(process.execPath, [scorer, out.dir], { cwd: PROJECT_ROOT, encoding: 'utf8' });
      // The confirmed figure is what the extractor says; the corrected value is a miss it must learn;
      // the rejected price is extracted, so it is a distractor hit.
      expect(report).toMatch(/matched 1:/);
      expect(report).toMatch(/distractor hits 1/);
    } finally {
      out.cleanup();
    }
  }, 60_000);
});
