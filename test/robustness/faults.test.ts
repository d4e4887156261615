// Faults around the database file: an ingest killed with SIGKILL half-way and run again loses and
// doubles nothing; a file locked by another writer makes ingest wait (or say clearly that it could
// not); reads while an ingest writes the same file never fail.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { GROUP_DOCUMENTS } from '../../src/ingest/batch';
import { generateArticles, writeCorpus, type GeneratedArticle } from './articles';
import { runCli, startCli } from './cli';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'flowline-faults-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function count(client: Client, sql: string): Promise<number> {
  return Number((await client.execute(sql)).rows[0]?.[0] ?? 0);
}

/** Figures per document title as the extractor makes them: what a complete ingest must hold. */
function expectedFigures(articles: readonly GeneratedArticle[]): Map<string, number> {
  return new Map(articles.map((a) => [a.title, extract(a.text, { published: a.published }).figures.length]));
}

async function storedFigures(client: Client): Promise<Map<string, number>> {
  const rows = (await client.execute('SELECT d.title, count(f.id) FROM documents d LEFT JOIN figures f ON f.document_id = d.id GROUP BY d.id')).rows;
  return new Map(rows.map((r) => [String(r[0]), Number(r[1])]));
}

describe('ingest killed with SIGKILL half-way', () => {
  // 20,000 articles, so the kill lands inside the bulk writer's transactions (GROUP_DOCUMENTS each)
  // with extraction running on worker threads beside it, as in an archive-sized run. The CLI runs
  // as `npm run ingest` does (scripts/run-cli.mjs: the bundle, its worker file beside it).
  it('resumes on the next run with nothing lost and nothing doubled', { timeout: 300_000 }, async () => {
    const TOTAL = 20_000;
    const articles = generateArticles(TOTAL, 9001, 3);
    const manifest = writeCorpus(join(dir, 'kill'), articles);
    const url = `file:${join(dir, 'kill.db')}`;
    const expected = expectedFigures(articles);

    const { child, done } = startCli('scripts/run-cli.mjs', ['ingest', '--manifest', manifest], { DATABASE_URL: url });
    // Watch from another connection (reads during the writes) until about a third is in.
    let seen = 0;
    let client: Client | null = null;
    const deadline = Date.now() + 200_000;
    while (Date.now() < deadline && child.exitCode === null) {
      try {
        client ??= createClient({ url });
        seen = await count(client, 'SELECT count(*) FROM documents');
      } catch {
        // The file or its tables may not exist yet in the first moments.
      }
      if (seen >= 4_000) break;
      await sleep(10);
    }
    child.kill('SIGKILL');
    const killed = await done;
    expect(killed.signal, `the ingest finished before it could be killed (${seen} seen):\n${killed.stdout}`).toBe('SIGKILL');
    client ??= createClient({ url });
    try {
      const atKill = await count(client, 'SELECT count(*) FROM documents');
      expect(atKill).toBeGreaterThanOrEqual(4_000);
      expect(atKill).toBeLessThan(TOTAL);
      expect((await client.execute('PRAGMA integrity_check')).rows[0]?.[0]).toBe('ok');
      // Every document already stored is whole: documents are written in transactions, never in parts.
      for (const [title, n] of await storedFigures(client)) expect(n, title).toBe(expected.get(title));

      const again = await runCli('scripts/run-cli.mjs', ['ingest', '--manifest', manifest], { DATABASE_URL: url });
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toContain(`ingested ${TOTAL} documents (${TOTAL - atKill} new, ${atKill} already present)`);

      expect(await count(client, 'SELECT count(*) FROM documents')).toBe(TOTAL);
      expect(await count(client, 'SELECT count(DISTINCT hash) FROM documents')).toBe(TOTAL);
      expect(await storedFigures(client)).toEqual(expected);
      const total = [...expected.values()].reduce((a, b) => a + b, 0);
      expect(await count(client, 'SELECT count(*) FROM figures')).toBe(total);
      expect(await count(client, 'SELECT count(*) FROM (SELECT DISTINCT document_id, ordinal FROM figures)')).toBe(total);
      // The file is checked from a connection opened now: SQLite 3.45's integrity_check of an FTS5
      // table (the search index, migration 0005_search) on a connection that read it before another
      // process wrote reports "malformed inverted index" from that connection's stale cache, while
      // its searches see every row and a fresh connection finds the file ok. The search index is
      // then checked from both: each finds the same articles.
      const fresh = createClient({ url });
      try {
        expect((await fresh.execute('PRAGMA integrity_check')).rows[0]?.[0]).toBe('ok');
        const search = "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'oil'";
        expect(await count(client, search)).toBe(await count(fresh, search));
        expect(await count(fresh, search)).toBeGreaterThan(0);
      } finally {
        fresh.close();
      }
    } finally {
      client.close();
    }
  });
});

describe('the database file locked by another writer', () => {
  const articles = generateArticles(5, 31337);
  let manifest: string;
  beforeAll(() => {
    manifest = writeCorpus(join(dir, 'locked'), articles);
  });

  async function prepared(name: string): Promise<{ url: string; client: Client }> {
    const url = `file:${join(dir, name)}`;
    // A first ingest creates and migrates the file, so the lock below is the only obstacle.
    const first = await runCli('scripts/ingest.ts', ['--manifest', writeCorpus(join(dir, `${name}-first`), generateArticles(1, 5))], { DATABASE_URL: url });
    expect(first.code, first.stderr).toBe(0);
    return { url, client: createClient({ url }) };
  }

  it('waits for a short lock and then ingests everything', { timeout: 120_000 }, async () => {
    const { url, client } = await prepared('short-lock.db');
    const tx = await client.transaction('write');
    await tx.execute("INSERT INTO series (id, label, unit) VALUES ('lock-holder-bbl-d', 'Lock holder', 'bbl/d')");
    const run = startCli('scripts/ingest.ts', ['--manifest', manifest], { DATABASE_URL: url });
    await sleep(2500);
    await tx.commit();
    const result = await run.done;
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/5 new/);
    expect(await count(client, 'SELECT count(*) FROM documents')).toBe(6);
    client.close();
  });

  it('gives up on a lock held too long with a message that says what to do', { timeout: 120_000 }, async () => {
    const { url, client } = await prepared('long-lock.db');
    const tx = await client.transaction('write');
    await tx.execute("INSERT INTO series (id, label, unit) VALUES ('lock-holder-bbl-d', 'Lock holder', 'bbl/d')");
    try {
      const result = await runCli('scripts/ingest.ts', ['--manifest', manifest], { DATABASE_URL: url });
      expect(result.code).not.toBe(0);
      expect(result.stderr).toMatch(/locked/i);
      expect(result.stderr).toMatch(/another (program|process)|try again|run .*again/i);
      expect(result.stderr).not.toMatch(/^\s+at /m); // a message, not a stack trace
    } finally {
      await tx.rollback();
    }
    // Nothing half-done: after the lock is gone, the same batch goes in whole.
    const again = await runCli('scripts/ingest.ts', ['--manifest', manifest], { DATABASE_URL: url });
    expect(again.code, again.stderr).toBe(0);
    expect(await count(client, 'SELECT count(*) FROM documents')).toBe(6);
    client.close();
  });

  it('stops a batch at a lock taken half-way, once, instead of failing every later file', { timeout: 180_000 }, async () => {
    const { url, client: first } = await prepared('mid-lock.db');
    first.close();
    const client = createClient({ url, timeout: 10_000 });
    // Four transactions' worth: the lock is taken once the first is stored, the others still to
    // come. (With no idle core the CLI extracts in its own thread, two groups ahead: the third
    // group is extracted before the first is written, the fourth between the first and second.)
    const big = generateArticles(4 * GROUP_DOCUMENTS, 2718, 8);
    const bigManifest = writeCorpus(join(dir, 'mid-lock'), big);
    const run = startCli('scripts/ingest.ts', ['--manifest', bigManifest], { DATABASE_URL: url });
    while (run.child.exitCode === null && (await count(client, 'SELECT count(*) FROM documents')) < 30) await sleep(10);
    const tx = await client.transaction('write');
    let result;
    try {
      result = await run.done;
    } finally {
      await tx.rollback();
    }
    expect(result.code).toBe(1);
    const lines = result.stderr.split('\n').filter((l) => /locked/.test(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/files? not attempted/);
    const again = await runCli('scripts/ingest.ts', ['--manifest', bigManifest], { DATABASE_URL: url });
    expect(again.code, again.stderr).toBe(0);
    expect(await count(client, 'SELECT count(*) FROM documents')).toBe(4 * GROUP_DOCUMENTS + 1);
    client.close();
  });
});

describe('two ingests of the same batch at once', () => {
  it('both finish and every article is stored once, whole', { timeout: 240_000 }, async () => {
    const articles = generateArticles(150, 1234, 6);
    const manifest = writeCorpus(join(dir, 'twice'), articles);
    const url = `file:${join(dir, 'twice.db')}`;
    // Create and migrate the file first, so the two runs race on articles, not on the schema.
    const first = await runCli('scripts/ingest.ts', ['--manifest', writeCorpus(join(dir, 'twice-first'), generateArticles(1, 6))], { DATABASE_URL: url });
    expect(first.code, first.stderr).toBe(0);
    const [a, b] = await Promise.all([
      runCli('scripts/ingest.ts', ['--manifest', manifest], { DATABASE_URL: url }),
      runCli('scripts/ingest.ts', ['--manifest', manifest], { DATABASE_URL: url }),
    ]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    const client = createClient({ url });
    try {
      const expected = expectedFigures([...generateArticles(1, 6), ...articles]);
      expect(await storedFigures(client)).toEqual(expected);
      const total = [...expected.values()].reduce((x, y) => x + y, 0);
      expect(await count(client, 'SELECT count(*) FROM figures')).toBe(total);
      expect(await count(client, 'SELECT count(*) FROM documents')).toBe(151);
      expect((await client.execute('PRAGMA integrity_check')).rows[0]?.[0]).toBe('ok');
    } finally {
      client.close();
    }
  });
});

describe('reads while an ingest writes the same file', () => {
  it('every read answers 200 and the ingest completes', { timeout: 180_000 }, async () => {
    const { startServer } = await import('../support/server');
    const url = `file:${join(dir, 'concurrent.db')}`;
    const server = await startServer({ env: { DATABASE_URL: url } });
    try {
      const articles = generateArticles(150, 4711);
      const manifest = writeCorpus(join(dir, 'concurrent'), articles);
      const ingest = startCli('scripts/ingest.ts', ['--manifest', manifest], { DATABASE_URL: url });
      const statuses = new Map<number, number>();
      const failures: string[] = [];
      let rounds = 0;
      while (ingest.child.exitCode === null && rounds < 400) {
        rounds++;
        const paths = ['/api/series?limit=20', '/api/documents?limit=10', '/api/events', '/api/health', `/api/documents/${1 + (rounds % 5)}`];
        const list = (await (await fetch(`${server.url}/api/series?limit=3`)).json()) as { series?: Array<{ id: string }> };
        for (const s of list.series ?? []) paths.push(`/api/series/${s.id}`, `/api/series/${s.id}.csv`);
        const responses = await Promise.all(paths.map(async (p) => [p, await fetch(`${server.url}${p}`)] as const));
        for (const [p, r] of responses) {
          await r.arrayBuffer();
          statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
          // A document the ingest has not reached yet is a fair 404; anything else must be 200.
          if (r.status !== 200 && !(r.status === 404 && p.startsWith('/api/documents/'))) failures.push(`${p} → ${r.status}`);
        }
      }
      const result = await ingest.done;
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/150 new/);
      expect(rounds).toBeGreaterThan(3);
      expect(failures).toEqual([]);
      expect(server.output()).not.toMatch(/SQLITE_BUSY|failed:/);
    } finally {
      await server.stop();
    }
  });
});

describe('a DATABASE_URL that is not a database', () => {
  it('is named in words by ingest and start, with exit codes, and the file is left alone', { timeout: 60_000 }, async () => {
    const { writeFileSync, readFileSync } = await import('node:fs');
    const path = join(dir, 'notes.db');
    writeFileSync(path, 'these are my notes, not a database\n');
    const url = `file:${path}`;
    const ingest = await runCli('scripts/ingest.ts', ['--manifest', writeCorpus(join(dir, 'notadb'), generateArticles(1, 8))], { DATABASE_URL: url });
    expect(ingest.code).toBe(2);
    expect(ingest.stderr).toMatch(/notes\.db is not a usable SQLite database .*point DATABASE_URL at another file/);
    const start = await runCli('scripts/start.ts', [], { DATABASE_URL: url, PORT: '0', HOST: '127.0.0.1' });
    expect(start.code).toBe(1);
    expect(start.stderr).toMatch(/notes\.db is not a usable SQLite database/);
    expect(readFileSync(path, 'utf8')).toBe('these are my notes, not a database\n');
  });
});
