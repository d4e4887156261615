// A generated archive for tests and benches: 2,000 articles with distinct publication dates
// (2016-01-04 onwards, one a day), ~55 series across entities, measures and units (bbl/d flows
// from 20,000 to 32 million, prices, shares, changes in %, monthly revenue), a few events, and
// eight sources of four kinds — ingested through the real path (src/ingest: the real extractor,
// the real batch writes) into a libSQL file, so it is what a user who ingested them would have.
//
// Use it:
//   import { archiveDatabase, buildArchive } from '../support/archive';
//   const db = await archiveDatabase();          // a fresh copy: { url: 'file:…', cleanup() }
//   const server = await startServer({ env: { DATABASE_URL: db.url } });   // (also ingests the seeds)
//   …  await server.stop(); db.cleanup();
//   const { file, stats } = await buildArchive();  // the cached original (read it, never write it)
//
// The first build takes ~20-60 s; it is cached as $TMPDIR/flowline-archive-<hash>/archive.db,
// keyed by the hash of everything that decides its content (this generator, the extractor, the
// ingest path, the gazetteer and models, the migrations), so a change to any of them rebuilds it
// and an unchanged tree reuses it. Deterministic: the same tree builds the same figures.
// `node --import tsx test/support/archive.ts` builds it and prints where it is and what is in it.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDatabase, PROJECT_ROOT } from '../../src/db/client';
import { migrateDatabase } from '../../src/db/migrate';
import { seedEvents } from '../../src/db/repo/events';
import { ingestDocument } from '../../src/ingest';
import { ARCHIVE_EVENTS, ARCHIVE_SERIES, ARCHIVE_SOURCES, archiveArticles } from './archive-articles';
import { tempDir } from './temp';

export { ARCHIVE_EVENTS, ARCHIVE_SERIES, ARCHIVE_SOURCES, archiveArticles } from './archive-articles';

export interface ArchiveStats {
  documents: number;
  figures: number;
  series: number;
  /** Series the generator meant to write that the extractor did not give (should be empty). */
  missing: string[];
  seconds: number;
}

export interface BuiltArchive {
  file: string;
  hash: string;
  stats: ArchiveStats;
}

/** Everything whose change changes the archive's content. */
const INPUTS = [
  'test/support/archive.ts',
  'test/support/archive-articles.ts',
  'src/extract',
  'src/ingest',
  'src/series',
  'src/curation',
  'src/db',
  'data/gazetteer.json',
  'data/events.json',
  'data/models',
];

function hashInputs(): string {
  const hash = createHash('sha256');
  const visit = (path: string) => {
    const full = resolve(PROJECT_ROOT, path);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) visit(join(path, name));
      return;
    }
    hash.update(path).update('\0').update(readFileSync(full)).update('\0');
  };
  INPUTS.forEach(visit);
  return hash.digest('hex').slice(0, 16);
}

async function build(file: string): Promise<ArchiveStats> {
  const started = performance.now();
  const database = await openDatabase({ databaseUrl: `file:${file}`, databaseAuthToken: null });
  try {
    await migrateDatabase(database);
    await seedEvents(database.db, ARCHIVE_EVENTS);
    const articles = archiveArticles();
    let figures = 0;
    for (const article of articles) figures += (await ingestDocument(database.db, article)).figures;
    const rows = await database.client.execute('SELECT DISTINCT series_id AS id FROM figures');
    const present = new Set(rows.rows.map((r) => String(r.id)));
    // Fold everything into the main file so a plain copy carries it all.
    await database.client.execute('PRAGMA wal_checkpoint(TRUNCATE)');
    return {
      documents: articles.length,
      figures,
      series: present.size,
      missing: ARCHIVE_SERIES.map((s) => s.id).filter((id) => !present.has(id)),
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    database.close();
  }
}

let pending: Promise<BuiltArchive> | null = null;

/** Builds the archive once per tree (cached across processes); returns the cached file. */
export function buildArchive(): Promise<BuiltArchive> {
  pending ??= (async () => {
    const hash = hashInputs();
    const dir = join(tmpdir(), `flowline-archive-${hash}`);
    const file = join(dir, 'archive.db');
    const statsFile = join(dir, 'stats.json');
    if (existsSync(file) && existsSync(statsFile)) return { file, hash, stats: JSON.parse(readFileSync(statsFile, 'utf8')) as ArchiveStats };
    mkdirSync(dir, { recursive: true });
    // Build beside it and rename: two test files building at once never see a half-built file.
    const work = tempDir('flowline-archive-build-');
    try {
      const building = join(work.dir, 'archive.db');
      const stats = await build(building);
      if (stats.missing.length) {
        throw new Error(`the archive generator expected series the extractor did not give: ${stats.missing.join(', ')}; fix its sentences in test/support/archive-articles.ts`);
      }
      renameSync(building, file);
      writeFileSync(statsFile, JSON.stringify(stats));
      return { file, hash, stats };
    } finally {
      work.cleanup();
    }
  })();
  return pending;
}

/** A private copy of the archive as a `file:` DATABASE_URL, for a test or bench that may write. */
export async function archiveDatabase(): Promise<{ url: string; file: string; cleanup(): void }> {
  const { file } = await buildArchive();
  const copy = tempDir('flowline-archive-copy-');
  const target = join(copy.dir, 'flowline.db');
  copyFileSync(file, target);
  return { url: `file:${target}`, file: target, cleanup: copy.cleanup };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname, 'archive.ts')) {
  const built = await buildArchive();
  console.log(`archive: ${built.file}\n${JSON.stringify(built.stats)}\nsources: ${ARCHIVE_SOURCES.map((s) => `${s.name} (${s.kind})`).join(', ')}`);
}
