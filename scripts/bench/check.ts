// The truth check as a measure of the extractor on real text nobody labelled: every Brent and WTI
// price the extractor finds in the gold sets' articles (devreal, dev, the seeds; read from
// ../shared/eval, which only a developer's machine has: "not available" elsewhere) is compared
// with the EIA's spot price (data/reference, as shipped) on the date the extractor gave it:
// agrees, a date error (agrees on another day within a week), near or off. The baseline in the
// same run dates every price on its article's publication day instead: what dating adds.
// Also timed: a 10,000-row CSV import and the shipped series' first and second load on a libSQL
// file, against a bare driver inserting the same rows one statement each in one batch.
//
// `node --import tsx scripts/bench/check.ts` runs it alone and prints the result as JSON.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from '@libsql/client';
import { extract } from '../../src/extract/index';
import type { Figure } from '../../src/extract/types';
import { readArticle, readManifest } from '../../src/input/index';
import type { ReferenceSet, ReferenceValues } from '../../src/reference/check';
import { parseReferenceCsv } from '../../src/reference/csv';
import { shippedSources, SHIPPED_DIR } from '../../src/reference/shipped';
import { verdictOf, type Verdict } from '../../src/reference/verdict';
import { GAZETTEER } from '../../src/series/gazetteer';
import { seriesKey } from '../../src/series/key';

const ROOT = resolve(import.meta.dirname, '../..');
const SETS = ['devreal', 'dev', 'seeds'];
const EVAL_DIR = resolve(ROOT, '../shared/eval');

interface Found {
  set: string;
  file: string;
  benchmark: string;
  figure: Figure;
  published: string | null;
}

/** The shipped references by entity (price, USD/bbl). */
function shippedReferences(): Map<string, ReferenceSet> {
  const sources = shippedSources();
  const out = new Map<string, ReferenceSet>();
  for (const s of sources.series) {
    const rows = parseReferenceCsv(readFileSync(resolve(SHIPPED_DIR, s.file), 'utf8'), { frequency: s.frequency }).rows;
    const values: ReferenceValues = { id: s.id, label: s.label, entity: s.subject, frequency: s.frequency, dates: rows.map((r) => r.date), values: rows.map((r) => r.value) };
    const set = out.get(s.subject) ?? {};
    set[s.frequency] = values;
    out.set(s.subject, set);
  }
  return out;
}

function pricesIn(set: string, references: Map<string, ReferenceSet>): Found[] {
  const batch = readManifest(join(EVAL_DIR, set, 'manifest.json'));
  const out: Found[] = [];
  for (const entry of batch.entries) {
    const read = readArticle(entry.path, entry.file);
    if (!read.ok) continue;
    const result = extract(read.text, { published: entry.published });
    for (const figure of result.figures) {
      if (figure.unit !== 'USD/bbl' || figure.measure !== 'price') continue;
      const key = seriesKey(GAZETTEER, { ...figure, sentence: figure.sentence, text: figure.text });
      if (!references.has(key.entity.id) || key.measure !== 'price') continue;
      out.push({ set, file: entry.file, benchmark: key.entity.id, figure, published: result.published });
    }
  }
  return out;
}

const TALLY_KEYS: Verdict[] = ['agrees', 'date error', 'near', 'off', 'no reference'];

function tally(verdicts: readonly Verdict[]) {
  const counts = Object.fromEntries(TALLY_KEYS.map((k) => [k, verdicts.filter((v) => v === k).length])) as Record<Verdict, number>;
  const compared = verdicts.length - counts['no reference'];
  return { ...counts, compared, agreePct: compared ? Math.round((1000 * counts.agrees) / compared) / 10 : null };
}

export async function benchCheck() {
  if (!existsSync(EVAL_DIR)) return { status: 'not available', reason: `${EVAL_DIR} is not here (a clone without ../shared): the check needs the gold sets' articles` };
  const references = shippedReferences();
  const other = (b: string) => references.get(b === 'brent' ? 'wti' : 'brent');
  const found = SETS.filter((s) => existsSync(join(EVAL_DIR, s, 'manifest.json'))).flatMap((s) => pricesIn(s, references));
  const levels = found.filter((f) => f.figure.kind === 'level' || f.figure.kind === 'derived');
  const dated = levels.filter((f) => f.figure.asOf !== null);
  // A price named for a later futures month than the front one gets no check (contract-month.ts).
  const judged = dated.flatMap((f) => {
    const v = verdictOf(f.figure, references.get(f.benchmark)!, other(f.benchmark));
    return v ? [{ ...f, v }] : [];
  });
  // Baseline: the same prices, each dated on its article's publication day.
  const baseline = levels
    .filter((f) => f.published)
    .flatMap((f) => verdictOf({ ...f.figure, asOf: f.published, asOfTo: null }, references.get(f.benchmark)!)?.verdict ?? []);

  const bySet = Object.fromEntries(SETS.map((s) => [s, tally(judged.filter((j) => j.set === s).map((j) => j.v.verdict))]));
  const floorSets = judged.filter((j) => j.set === 'devreal' || j.set === 'dev');
  const worst = judged
    .filter((j) => j.v.verdict === 'off' || j.v.verdict === 'near')
    .sort((a, b) => Math.abs(b.v.check.diffPct ?? Infinity) - Math.abs(a.v.check.diffPct ?? Infinity))
    .slice(0, 10)
    .map((j) => ({
      file: `${j.set}/${j.file}`,
      words: j.figure.text,
      benchmark: j.benchmark,
      value: j.figure.value,
      asOf: j.figure.asOf,
      asOfTo: j.figure.asOfTo,
      published: j.published,
      eia: j.v.check.refValue,
      eiaDate: j.v.check.refDate,
      diffPct: j.v.check.diffPct,
      verdict: j.v.verdict,
      otherBenchmarkAgrees: j.v.otherAgrees,
      sentence: j.figure.sentence.length > 300 ? `${j.figure.sentence.slice(0, 297)}…` : j.figure.sentence,
    }));
  const dateErrors = judged
    .filter((j) => j.v.verdict === 'date error')
    .map((j) => ({ file: `${j.set}/${j.file}`, words: j.figure.text, benchmark: j.benchmark, asOf: j.figure.asOf, agreesOn: j.v.agreesOn }));

  return {
    prices: { found: found.length, levels: levels.length, dated: dated.length, undated: levels.length - dated.length, laterContracts: dated.length - judged.length },
    devrealAndDev: tally(floorSets.map((j) => j.v.verdict)),
    bySet,
    baselinePublicationDay: tally(baseline),
    worst,
    dateErrors,
    timing: await timeImports(),
  };
}

/** A 10,000-row import and the shipped load (first, then again) on a libSQL file, against a bare driver. */
async function timeImports() {
  const { openDatabase } = await import('../../src/db/client');
  const { migrateDatabase } = await import('../../src/db/migrate');
  const { importReference } = await import('../../src/reference/store');
  const { loadShippedReferences } = await import('../../src/reference/shipped');
  const dir = mkdtempSync(join(tmpdir(), 'flowline-check-bench-'));
  try {
    const rows = Array.from({ length: 10_000 }, (_, i) => [new Date(Date.UTC(1990, 0, 1) + i * 86_400_000).toISOString().slice(0, 10), (20 + (i % 700) / 10).toFixed(2)]);
    const csv = `Date,Price\n${rows.map((r) => r.join(',')).join('\n')}\n`;
    const database = await openDatabase({ databaseUrl: `file:${join(dir, 'flowline.db')}`, databaseAuthToken: null });
    await migrateDatabase(database, []);
    const description = { id: 'bench-ten-thousand', label: 'bench', entity: 'brent', measure: 'price' as const, unit: 'USD/bbl' as const, frequency: 'daily' as const, provider: 'bench' };
    let t = performance.now();
    await importReference(database.db, description, csv);
    const import10k = (performance.now() - t) / 1000;
    t = performance.now();
    const first = await loadShippedReferences(database.db);
    const second = await loadShippedReferences(database.db);
    void t;
    database.close();

    // Baseline: the bare driver, one INSERT per row, all in one batch (one transaction).
    const client = createClient({ url: `file:${join(dir, 'bare.db')}` });
    await client.execute('CREATE TABLE v (series_id TEXT NOT NULL, date TEXT NOT NULL, value REAL NOT NULL, PRIMARY KEY (series_id, date))');
    t = performance.now();
    await client.batch(rows.map(([d, v]) => ({ sql: 'INSERT INTO v VALUES (?, ?, ?)', args: ['bare', d!, Number(v)] })), 'write');
    const bare10k = (performance.now() - t) / 1000;
    client.close();
    return {
      import10kSeconds: import10k,
      bareDriver10kSeconds: bare10k,
      importVsBare: bare10k / import10k,
      shippedFirstLoadSeconds: first.seconds,
      shippedValues: first.outcomes.reduce((n, o) => n + o.values, 0),
      shippedSecondLoadSeconds: second.seconds,
      secondLoadImported: second.outcomes.filter((o) => o.imported).length,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await benchCheck(), null, 2));
}
