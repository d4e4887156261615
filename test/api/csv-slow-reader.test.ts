// A big CSV export against the real server (scripts/start.ts on a libSQL file): a client that
// reads slowly holds the server to its pace (the stream waits for the socket to drain, so the
// server's memory does not grow with what the client has not read), and a client that hangs up
// half-way stops the export — the server keeps answering and its memory settles.
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fillDatabase } from '../../scripts/bench/csv';
import { startServer, type RunningServer } from '../support/server';
import { tempDir } from '../support/temp';

const POINTS = 200_000; // ~60 MB of CSV
const dir = tempDir('flowline-csv-slow-');
let server: RunningServer;

beforeAll(async () => {
  const path = `${dir.dir}/big.db`;
  await fillDatabase(path, POINTS);
  server = await startServer({ env: { DATABASE_URL: `file:${path}`, FLOWLINE_MANIFEST: `${dir.dir}/none.json` } });
}, 120_000);
afterAll(async () => {
  await server?.stop();
  dir.cleanup();
});

/** The server's resident memory in MB, from /proc. */
function rssMb(): number {
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

/** The server's CPU seconds so far (user + system), from /proc. */
function cpuSeconds(): number {
  const fields = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function stillAnswers(): Promise<void> {
  const res = await fetch(`${server.url}/api/series?limit=5`);
  expect(res.status).toBe(200);
  expect(((await res.json()) as { total: number }).total).toBe(20);
}

/** GET /api/figures.csv, reading `perTick` bytes every `tickMs`, until `stopAfter` bytes (then hang up) or the end. */
function readSlowly(perTick: number, tickMs: number, stopAfter: number): Promise<{ bytes: number; ended: boolean; peakMb: number }> {
  return new Promise((done, fail) => {
    let bytes = 0;
    let peakMb = 0;
    const req = request(`${server.url}/api/figures.csv`, (res) => {
      res.pause();
      const timer = setInterval(() => {
        peakMb = Math.max(peakMb, rssMb());
        let got = 0;
        for (let chunk: Buffer | null; got < perTick && (chunk = res.read() as Buffer | null); ) got += chunk.length;
        bytes += got;
        if (bytes >= stopAfter) {
          clearInterval(timer);
          req.destroy();
          done({ bytes, ended: false, peakMb });
        }
      }, tickMs);
      res.once('end', () => {
        clearInterval(timer);
        done({ bytes, ended: true, peakMb });
      });
    });
    req.once('error', (e) => (bytes >= stopAfter ? undefined : fail(e)));
    req.end();
  });
}

it('a slow reader sets the pace: the server does not buffer what the client has not read', { timeout: 120_000 }, async () => {
  await stillAnswers();
  const before = rssMb();
  // ~1 MB/s for 6 s: the whole export would take a minute at this pace.
  const slow = await readSlowly(100_000, 100, 6_000_000);
  expect(slow.ended).toBe(false);
  expect(slow.bytes).toBeGreaterThanOrEqual(6_000_000);
  // A page or two in flight plus socket buffers, never the export (~60 MB).
  expect(slow.peakMb - before).toBeLessThan(40);
  await stillAnswers();
});

it('a client that hangs up mid-stream stops the export, and the server is fine', { timeout: 180_000 }, async () => {
  const hangUp = async () => {
    const cut = await readSlowly(1 << 30, 5, 2_000_000);
    expect(cut.ended).toBe(false);
  };
  // The heap saws up and down with each page's garbage; what must not happen is growth with the
  // number of abandoned exports (an export that went on after its client left would add ~60 MB).
  for (let i = 0; i < 3; i++) await hangUp();
  const seen: number[] = [];
  for (let i = 0; i < 12; i++) {
    await hangUp();
    seen.push(Math.round(rssMb()));
  }
  const first = Math.max(...seen.slice(0, 6));
  const last = Math.max(...seen.slice(6));
  expect(last - first, `RSS after each: ${seen.join(', ')} MB`).toBeLessThan(30);
  // Nothing runs on after the hang-ups: the server's CPU stays idle.
  await sleep(300);
  const cpu = cpuSeconds();
  await sleep(1000);
  expect(cpuSeconds() - cpu).toBeLessThan(0.2);
  await stillAnswers();
  // And a whole export still comes out complete afterwards.
  const text = await (await fetch(`${server.url}/api/figures.csv`)).text();
  expect(text.split('\r\n').length - 2).toBe(POINTS);
});
