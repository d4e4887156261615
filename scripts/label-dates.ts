// npm run label-dates -- SET_DIR…
// Writes the labelled set the date model is fitted on: for each gold set given (a folder with
// manifest.json, articles/ and gold.jsonl, the scorer's format) test/fixtures/dates/<set>.jsonl,
// and for our own goldens (test/fixtures/extract/*.expected.json) fixtures.jsonl. Each line is
// one figure's date choice: option features and which options give the gold date; no text.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { dateAgrees, labelChoice, recordChoices, serializeChoices, type GoldDate, type LabelledChoice } from '../src/extract/dates/choice/labelled';
import type { ChoiceSeen } from '../src/extract/dates/choice/observe';
import { runMain } from './run-main';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'test/fixtures/dates');
const GOLDENS = join(ROOT, 'test/fixtures/extract');

const USAGE = `usage: npm run label-dates -- SET_DIR…
Each SET_DIR holds manifest.json, articles/ and gold.jsonl (the scorer's format). Writes
test/fixtures/dates/<set>.jsonl per set and fixtures.jsonl from our goldens; then run npm run fit.`;

interface GoldFigure {
  file: string;
  value: number;
  unit: string;
  kind: string;
  asOf: string | null;
  asOfTo?: string | null;
  span?: string;
  note?: string;
  low?: number | null;
  high?: number | null;
}

const group = (k: string) => (k === 'derived' || k === 'level' ? 'level' : k);
const near = (a: number | null | undefined, b: number | null | undefined) =>
  typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= Math.max(Math.abs(b) * 0.01, 0.005);

/** The figure a gold line names: same unit, kind group and value, inside one of the span's occurrences. */
function figureOf(g: GoldFigure, text: string, seen: Map<number, ChoiceSeen>, used: Set<number>): ChoiceSeen | null {
  const spans: [number, number][] = [];
  for (let at = g.span ? text.indexOf(g.span) : -1; at >= 0; at = text.indexOf(g.span as string, at + 1)) spans.push([at, at + (g.span as string).length]);
  for (const s of seen.values()) {
    const f = s.figure;
    if (used.has(f.start) || f.unit !== g.unit || group(f.kind) !== group(g.kind)) continue;
    if (!near(f.value, g.value) && !(near(f.low, g.low) && near(f.high, g.high))) continue;
    if (spans.some(([a, b]) => f.start < b && f.end > a)) return s;
  }
  return null;
}

/**
 * Why a found figure's date is wrong, which says where work pays: no option gave the gold date
 * (a phrase not read, an event or a period not offered: the option is missing) or one did and
 * the choice went elsewhere.
 */
interface DateMisses {
  missing: number;
  chosenWrong: number;
}

function labelSet(dir: string): { choices: LabelledChoice[]; unmatched: number; golds: number; unchosen: number; misses: DateMisses } {
  const set = basename(dir.replace(/\/+$/, ''));
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { file: string; published?: string }[];
  const gold = readFileSync(join(dir, 'gold.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldFigure);
  const choices: LabelledChoice[] = [];
  let unmatched = 0;
  let golds = 0;
  let unchosen = 0;
  const misses: DateMisses = { missing: 0, chosenWrong: 0 };
  for (const m of manifest) {
    const path = [join(dir, m.file), join(dir, 'articles', m.file)].find(existsSync);
    if (!path) throw new Error(`${dir}: manifest names ${m.file}, which is not there`);
    const text = readFileSync(path, 'utf8');
    const seen = recordChoices(text, m.published ?? null);
    const used = new Set<number>();
    for (const g of gold.filter((x) => basename(x.file) === basename(m.file))) {
      if (!g.asOf || g.asOf === 'unknown') continue;
      golds++;
      const s = figureOf(g, text, seen, used);
      if (!s) {
        unmatched++;
        continue;
      }
      used.add(s.figure.start);
      const date: GoldDate = { asOf: g.asOf, asOfTo: g.asOfTo ?? null, beforeEvent: /before-event/.test(g.note ?? '') };
      if (!s.figure.period || !dateAgrees(date, s.figure.period)) {
        if (s.options.some((o) => dateAgrees(date, o.p))) misses.chosenWrong++;
        else misses.missing++;
      }
      if (s.options.length === 0) {
        unchosen++;
        continue;
      }
      choices.push(labelChoice(set, basename(m.file).replace(/\.txt$/, ''), s, date));
    }
  }
  return { choices, unmatched, golds, unchosen, misses };
}

/** Our goldens: every figure a person checked, dated exactly as recorded. */
function labelGoldens(): LabelledChoice[] {
  const out: LabelledChoice[] = [];
  for (const name of readdirSync(GOLDENS).filter((f) => f.endsWith('.expected.json')).sort()) {
    const base = name.replace(/\.expected\.json$/, '');
    const expected = JSON.parse(readFileSync(join(GOLDENS, name), 'utf8')) as { published: string | null; figures: { start: number; asOf: string | null; asOfTo: string | null; kind: string }[] };
    const seen = recordChoices(readFileSync(join(GOLDENS, `${base}.txt`), 'utf8'), expected.published);
    for (const f of expected.figures) {
      const s = seen.get(f.start);
      if (!s || !f.asOf || f.kind === 'derived' || s.options.length === 0) continue;
      out.push(labelChoice('fixtures', base, s, { asOf: f.asOf, asOfTo: f.asOfTo, beforeEvent: false }));
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
      console.error(`label-dates: ${dir} has no gold.jsonl and manifest.json; give a gold set folder.\n${USAGE}`);
      return 2;
    }
    const r = labelSet(dir);
    const file = join(OUT, `${basename(dir.replace(/\/+$/, ''))}.jsonl`);
    writeFileSync(file, serializeChoices(r.choices));
    console.log(`${dir}: ${r.golds} dated gold figures, ${r.unmatched} not found among the extracted, ${r.unchosen} with no time words of their own, ${r.choices.length} choices → ${file}`);
    console.log(`  dated wrong among the found: ${r.misses.missing} with no option giving the gold date, ${r.misses.chosenWrong} where one did and another was taken`);
  }
  const own = labelGoldens();
  writeFileSync(join(OUT, 'fixtures.jsonl'), serializeChoices(own));
  console.log(`goldens: ${own.length} choices → ${join(OUT, 'fixtures.jsonl')}`);
  return 0;
}

runMain('label-dates', main);
