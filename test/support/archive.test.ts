// The generated archive is what the dashboard tests and the bench rely on: big enough (≥ 50 series,
// 2,000 articles on distinct days), varied (units, kinds, sources of four kinds, disagreements),
// read back by the real extractor as the generator wrote it, and the same on every build.
import { createClient } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARCHIVE_SERIES, ARCHIVE_SOURCES, archiveArticles, archiveDatabase, buildArchive } from './archive';

describe('generated archive', () => {
  let db: Awaited<ReturnType<typeof archiveDatabase>>;
  let client: ReturnType<typeof createClient>;
  const rows = async (sql: string) => (await client.execute(sql)).rows;

  beforeAll(async () => {
    db = await archiveDatabase();
    client = createClient({ url: db.url });
  });
  afterAll(() => {
    client?.close();
    db?.cleanup();
  });

  it('holds 2,000 articles on distinct days from sources of all four kinds', async () => {
    const [docs] = await rows('SELECT COUNT(*) AS n, COUNT(DISTINCT published) AS days FROM documents');
    expect(docs).toMatchObject({ n: 2000, days: 2000 });
    const sources = (await rows('SELECT DISTINCT source FROM documents')).map((r) => r.source);
    expect(new Set(sources)).toEqual(new Set(ARCHIVE_SOURCES.map((s) => s.name)));
    expect(new Set(ARCHIVE_SOURCES.map((s) => s.kind))).toEqual(new Set(['ministry', 'company', 'tanker-tracker', 'wire']));
  });

  it('holds at least 50 series of every unit and kind the dashboard draws, ~20,000 dated figures', async () => {
    const series = await rows('SELECT series_id, unit, kind, COUNT(*) AS n FROM figures WHERE as_of IS NOT NULL GROUP BY series_id, unit, kind');
    expect(new Set(series.map((r) => r.series_id)).size).toBeGreaterThanOrEqual(50);
    expect(new Set(series.map((r) => r.unit))).toEqual(new Set(['bbl/d', 'USD/bbl', '%', 'USD']));
    expect(new Set(series.map((r) => r.kind))).toEqual(new Set(['level', 'share', 'change', 'derived']));
    const total = series.reduce((sum, r) => sum + Number(r.n), 0);
    expect(total).toBeGreaterThanOrEqual(20_000);
    const sizes = series.filter((r) => r.unit === 'bbl/d' && r.kind === 'level').map((r) => r.series_id);
    expect(sizes).toEqual(expect.arrayContaining(['opec-production-bbl-d', 'taq-taq-production-bbl-d']));
  });

  it('has reports of one day that agree across two sources and reports that disagree', async () => {
    const pairs = await rows(`SELECT f.series_id, f.as_of, COUNT(DISTINCT d.source) AS sources, MIN(f.value) AS lo, MAX(f.value) AS hi
      FROM figures f JOIN documents d ON d.id = f.document_id WHERE f.kind = 'level'
      GROUP BY f.series_id, f.as_of, f.as_of_to HAVING COUNT(*) > 1`);
    expect(pairs.some((p) => Number(p.sources) === 2 && p.lo === p.hi)).toBe(true);
    expect(pairs.some((p) => Number(p.hi) > Number(p.lo) * 1.02)).toBe(true);
  });

  it('has monthly periods and a few events', async () => {
    const [periods] = await rows("SELECT COUNT(*) AS n FROM figures WHERE as_of_to IS NOT NULL AND series_id = 'iraq-exports-bbl-d'");
    expect(Number(periods!.n)).toBeGreaterThan(30);
    expect((await rows('SELECT id FROM events')).length).toBeGreaterThanOrEqual(3);
  });

  it('stores the value each sentence states (the extractor reads the generator as written)', async () => {
    const first = archiveArticles(1)[0]!;
    const stored = await rows(`SELECT f.series_id, f.value FROM figures f JOIN documents d ON d.id = f.document_id
      WHERE d.published = '${first.published}' AND f.kind IN ('level', 'share', 'change')`);
    expect(stored.map((r) => [r.series_id, r.value]).sort()).toEqual([...first.stated].sort());
    expect(stored.length).toBeGreaterThanOrEqual(10);
  });

  it('is deterministic: the generator writes the same articles twice, and the build is cached', async () => {
    expect(JSON.stringify(archiveArticles(50))).toBe(JSON.stringify(archiveArticles(50)));
    const a = await buildArchive();
    const b = await buildArchive();
    expect(b.file).toBe(a.file);
    expect(a.stats.missing).toEqual([]);
    expect(ARCHIVE_SERIES.length).toBeGreaterThanOrEqual(50);
  });
});
