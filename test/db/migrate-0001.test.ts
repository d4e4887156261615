// Migration 0001 on a database that already holds data from 0000: old rows keep their ids and get
// the defaults the schema documents (entity '', measure 'other'); new ingests file figures under
// entity × measure × unit series with their entity rows.
import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LibSQLDatabase } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { afterAll, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client';
import { MIGRATIONS_DIR, migrateDatabase } from '../../src/db/migrate';
import type { Schema } from '../../src/db/orm';
import { ingestDocument } from '../../src/ingest';
import { tempDbUrl } from '../support/temp';

const temp = tempDbUrl();
const onlyFirst = mkdtempSync(join(tmpdir(), 'flowline-0000-'));
afterAll(() => {
  temp.cleanup();
  rmSync(onlyFirst, { recursive: true, force: true });
});

it('brings a 0000 database with data to 0001 without losing a row', async () => {
  cpSync(MIGRATIONS_DIR, onlyFirst, { recursive: true });
  rmSync(join(onlyFirst, '0001_series_measures.sql'));
  const journal = JSON.parse(readFileSync(join(onlyFirst, 'meta/_journal.json'), 'utf8'));
  journal.entries = journal.entries.filter((e: { idx: number }) => e.idx === 0);
  writeFileSync(join(onlyFirst, 'meta/_journal.json'), JSON.stringify(journal));

  const database = await openDatabase({ databaseUrl: temp.url, databaseAuthToken: null });
  try {
    await migrate(database.db as unknown as LibSQLDatabase<Schema>, { migrationsFolder: onlyFirst });
    await database.client.batch([
      `INSERT INTO documents (hash, published_source, text, ingested_at) VALUES ('h', 'manifest', 'Old text 5 bpd.', '2026-01-01')`,
      `INSERT INTO series (id, label, unit) VALUES ('old-line-bbl-d', 'Old line', 'bbl/d')`,
      `INSERT INTO figures (document_id, ordinal, series_id, value, unit, approx, kind, as_of, subject, start, end, text, sentence, confidence, tags, derived_from)
       VALUES (1, 0, 'old-line-bbl-d', 5, 'bbl/d', 0, 'level', '2018-01-01', 'Old line', 9, 14, '5 bpd', 'Old text 5 bpd.', 0.9, '[]', '[]')`,
    ]);

    await migrateDatabase(database);
    const old = await database.client.execute(`SELECT entity_id, measure, per FROM series WHERE id = 'old-line-bbl-d'`);
    expect(old.rows[0]).toMatchObject({ entity_id: '', measure: 'other', per: null });
    const oldFigure = await database.client.execute(`SELECT measure, proposed_series FROM figures`);
    expect(oldFigure.rows[0]).toMatchObject({ measure: 'other', proposed_series: null });

    const text = 'Flows through the Kurdish-run pipeline averaged 410,000 barrels per day on 2 May 2018, a shipping source said.';
    const out = await ingestDocument(database.db, { text, published: '2018-05-03' });
    expect(out.created).toBe(true);
    const series = await database.client.execute(`SELECT id, label, entity_id, measure FROM series WHERE id != 'old-line-bbl-d'`);
    expect(series.rows.map((r) => ({ ...r }))).toEqual([
      { id: 'kurdistan-pipeline-flow-bbl-d', label: 'Kurdistan pipeline to Ceyhan · flow · bbl/d', entity_id: 'kurdistan-pipeline', measure: 'flow' },
    ]);
    const entity = await database.client.execute(`SELECT id, kind, listed FROM entities`);
    expect(entity.rows.map((r) => ({ ...r }))).toEqual([{ id: 'kurdistan-pipeline', kind: 'pipeline', listed: 1 }]);
  } finally {
    database.close();
  }
});
