// npm run label-subjects -- SET_DIR…
// Writes the labelled set the subject model is fitted on: for each gold set given (a folder with
// manifest.json, articles/ and gold.jsonl, the scorer's format) test/fixtures/subjects/<set>.jsonl,
// and for our own goldens (test/fixtures/extract/*.expected.json) fixtures.jsonl. Each line is one
// figure's subject choice: candidate features and which candidates give a right subject; no text.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { keywordsAgree, labelSubject, recordSubjects, serializeSubjects, type LabelledSubject, type SeenSubject } from '../src/extract/subjects/choice/labelled';
import { runMain } from './run-main';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'test/fixtures/subjects');
const GOLDENS = join(ROOT, 'test/fixtures/extract');

const USAGE = `usage: npm run label-subjects -- SET_DIR…
Each SET_DIR holds manifest.json, articles/ and gold.jsonl (the scorer's format). Writes
test/fixtures/subjects/<set>.jsonl per set and fixtures.jsonl from our goldens; then run npm run fit.`;

interface GoldFigure {
  file: string;
  value: number;
  unit: string;
  kind: string;
  subject?: string[];
  span?: string;
  low?: number | null;
  high?: number | null;
}

const group = (k: string) => (k === 'derived' || k === 'level' ? 'level' : k);
const near = (a: number | null | undefined, b: number | null | undefined) =>
  typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= Math.max(Math.abs(b) * 0.01, 0.005);

/** The figure a gold line names: same unit, kind group and value, inside one of the span's occurrences. */
function figureOf(g: GoldFigure, text: string, seen: Map<number, SeenSubject>, used: Set<number>): SeenSubject | null {
  const spans: [number, number][] = [];
  for (let at = g.span ? text.indexOf(g.span) : -1; at >= 0; at = text.indexOf(g.span as string, at + 1)) spans.push([at, at + (g.span as string).length]);
  for (const s of seen.values()) {
    const f = s.seen.figure;
    if (used.has(f.start) || f.unit !== g.unit || group(f.kind) !== group(g.kind)) continue;
    if (!near(f.value, g.value) && !(near(f.low, g.low) && near(f.high, g.high))) continue;
    if (spans.some(([a, b]) => f.start < b && f.end > a)) return s;
  }
  return null;
}

function labelSet(dir: string): { choices: LabelledSubject[]; golds: number; unmatched: number } {
  const set = basename(dir.replace(/\/+$/, ''));
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { file: string; published?: string }[];
  const gold = readFileSync(join(dir, 'gold.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldFigure);
  const choices: LabelledSubject[] = [];
  let golds = 0;
  let unmatched = 0;
  for (const m of manifest) {
    const path = [join(dir, m.file), join(dir, 'articles', m.file)].find(existsSync);
    if (!path) throw new Error(`${dir}: manifest names ${m.file}, which is not there`);
    const text = readFileSync(path, 'utf8');
    const seen = recordSubjects(text, m.published ?? null);
    const used = new Set<number>();
    for (const g of gold.filter((x) => basename(x.file) === basename(m.file))) {
      if (!g.subject?.length) continue;
      golds++;
      const s = figureOf(g, text, seen, used);
      if (!s) {
        unmatched++;
        continue;
      }
      used.add(s.seen.figure.start);
      const c = labelSubject(set, basename(m.file).replace(/\.txt$/, ''), s, (label) => keywordsAgree(g.subject as string[], label));
      if (c) choices.push(c);
    }
  }
  return { choices, golds, unmatched };
}

/** Our goldens: every figure's subject as a person checked it. */
function labelGoldens(): LabelledSubject[] {
  const out: LabelledSubject[] = [];
  for (const name of readdirSync(GOLDENS).filter((f) => f.endsWith('.expected.json')).sort()) {
    const base = name.replace(/\.expected\.json$/, '');
    const expected = JSON.parse(readFileSync(join(GOLDENS, name), 'utf8')) as { published: string | null; figures: { start: number; subject: string | null; kind: string }[] };
    const seen = recordSubjects(readFileSync(join(GOLDENS, `${base}.txt`), 'utf8'), expected.published);
    for (const f of expected.figures) {
      const s = seen.get(f.start);
      if (!s || !f.subject || f.kind === 'derived') continue;
      const c = labelSubject('fixtures', base, s, (label) => label === f.subject);
      if (c) out.push(c);
    }
  }
  return out;
}

async function main(): Promise<number> {
  const dirs = process.argv.slice(2);
  if (dirs.includes('--help') || dirs.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  mkdirSync(OUT, { recursive: true });
  for (const dir of dirs) {
    if (!existsSync(join(dir, 'gold.jsonl')) || !existsSync(join(dir, 'manifest.json'))) {
      console.error(`label-subjects: ${dir} has no gold.jsonl and manifest.json; give a gold set folder.\n${USAGE}`);
      return 2;
    }
    const r = labelSet(dir);
    const file = join(OUT, `${basename(dir.replace(/\/+$/, ''))}.jsonl`);
    writeFileSync(file, serializeSubjects(r.choices));
    const decided = r.choices.filter((c) => !c.exact).length;
    console.log(`${dir}: ${r.golds} gold figures with a subject, ${r.unmatched} not found among the extracted, ${r.choices.length} choices (${decided} with more than one candidate) → ${file}`);
  }
  const own = labelGoldens();
  writeFileSync(join(OUT, 'fixtures.jsonl'), serializeSubjects(own));
  console.log(`goldens: ${own.length} choices → ${join(OUT, 'fixtures.jsonl')}`);
  return 0;
}

runMain('label-subjects', main);
