// npm run label-kinds -- SET_DIR…
// Writes the labelled set the kind model (level or target) is fitted on: for each gold set given
// (a folder with manifest.json, articles/ and gold.jsonl, the scorer's format)
// test/fixtures/kind/<set>.jsonl, and for our goldens (test/fixtures/extract/*.expected.json)
// fixtures.jsonl, and from our invented paragraphs (test/fixtures/kind/*.articles.jsonl) one file
// each. Each line is one candidate's features, the hand rules' decision and the gold's
// kind; no text.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { recordKinds, serializeKinds, type KindSeen, type LabelledKind } from '../src/extract/kind/labelled';
import { runMain } from './run-main';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'test/fixtures/kind');
const GOLDENS = join(ROOT, 'test/fixtures/extract');

const USAGE = `usage: npm run label-kinds -- SET_DIR…
Each SET_DIR holds manifest.json, articles/ and gold.jsonl (the scorer's format). Writes
test/fixtures/kind/<set>.jsonl per set, NAME.jsonl from each of our NAME.articles.jsonl there,
and fixtures.jsonl from our goldens; then run npm run fit.`;

interface GoldFigure {
  file: string;
  value: number;
  unit: string;
  kind: string;
  span?: string;
  low?: number | null;
  high?: number | null;
}

// A target may carry a sign the candidate does not have yet (a quota of a cut is made negative later).
const near = (a: number | null | undefined, b: number | null | undefined) =>
  typeof a === 'number' && typeof b === 'number' && Math.abs(Math.abs(a) - Math.abs(b)) <= Math.max(Math.abs(b) * 0.01, 0.005);

/** The candidate a gold line names: same unit and value, inside one of the span's occurrences. */
function candidateOf(g: GoldFigure, text: string, seen: readonly KindSeen[], used: Set<number>): KindSeen | null {
  const spans: [number, number][] = [];
  for (let at = g.span ? text.indexOf(g.span) : -1; at >= 0; at = text.indexOf(g.span as string, at + 1)) spans.push([at, at + (g.span as string).length]);
  for (const s of seen) {
    if (used.has(s.start) || s.unit !== g.unit) continue;
    if (!near(s.value, g.value) && !(near(s.low, g.low) && near(s.high, g.high))) continue;
    if (spans.some(([a, b]) => s.start < b && s.end > a)) return s;
  }
  return null;
}

const label = (set: string, article: string, s: KindSeen, target: boolean): LabelledKind => ({ set, article, at: s.start, features: s.features, family: s.family, hand: s.hand, target });

function labelSet(dir: string): { kinds: LabelledKind[]; golds: number; unmatched: number } {
  const set = basename(dir.replace(/\/+$/, ''));
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { file: string; published?: string }[];
  const gold = readFileSync(join(dir, 'gold.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldFigure);
  const kinds: LabelledKind[] = [];
  let golds = 0;
  let unmatched = 0;
  for (const m of manifest) {
    const path = [join(dir, m.file), join(dir, 'articles', m.file)].find(existsSync);
    if (!path) throw new Error(`${dir}: manifest names ${m.file}, which is not there`);
    const text = readFileSync(path, 'utf8');
    const seen = recordKinds(text, m.published ?? null);
    const used = new Set<number>();
    for (const g of gold.filter((x) => basename(x.file) === basename(m.file))) {
      if (g.kind !== 'level' && g.kind !== 'target' && g.kind !== 'derived') continue;
      golds++;
      const s = candidateOf(g, text, seen, used);
      if (!s) {
        unmatched++;
        continue;
      }
      used.add(s.start);
      kinds.push(label(set, basename(m.file).replace(/\.txt$/, ''), s, g.kind === 'target'));
    }
  }
  kinds.sort((a, b) => a.article.localeCompare(b.article) || a.at - b.at);
  return { kinds, golds, unmatched };
}

/**
 * Our own invented paragraphs (test/fixtures/kind/NAME.articles.jsonl: id, published, text and,
 * in text order, [words of the figure, "level" | "target"]), written for the phrasings the gold
 * sets lack; labelled into NAME.jsonl like a gold set.
 */
function labelArticles(file: string): { kinds: LabelledKind[]; missed: string[] } {
  const set = basename(file).replace(/\.articles\.jsonl$/, '');
  const kinds: LabelledKind[] = [];
  const missed: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n').filter((l) => l.trim())) {
    const a = JSON.parse(line) as { id: string; published?: string; text: string; labels: [string, 'level' | 'target'][] };
    const seen = recordKinds(a.text, a.published ?? null);
    let cursor = 0;
    for (const [span, kind] of a.labels) {
      const at = a.text.indexOf(span, cursor);
      const s = at < 0 ? undefined : seen.find((x) => x.start < at + span.length && x.end > at);
      if (!s) {
        missed.push(`${a.id}: no candidate at "${span}"`);
        continue;
      }
      cursor = at + 1;
      kinds.push(label(set, a.id, s, kind === 'target'));
    }
  }
  return { kinds, missed };
}

/** Our goldens: every level and target a person checked. */
function labelGoldens(): LabelledKind[] {
  const out: LabelledKind[] = [];
  for (const name of readdirSync(GOLDENS).filter((f) => f.endsWith('.expected.json')).sort()) {
    const base = name.replace(/\.expected\.json$/, '');
    const expected = JSON.parse(readFileSync(join(GOLDENS, name), 'utf8')) as { published: string | null; figures: { start: number; kind: string }[] };
    const seen = recordKinds(readFileSync(join(GOLDENS, `${base}.txt`), 'utf8'), expected.published);
    for (const f of expected.figures) {
      if (f.kind !== 'level' && f.kind !== 'target') continue;
      const s = seen.find((x) => x.start === f.start);
      if (s) out.push(label('fixtures', base, s, f.kind === 'target'));
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
      console.error(`label-kinds: ${dir} has no gold.jsonl and manifest.json; give a gold set folder.\n${USAGE}`);
      return 2;
    }
    const r = labelSet(dir);
    const file = join(OUT, `${basename(dir.replace(/\/+$/, ''))}.jsonl`);
    writeFileSync(file, serializeKinds(r.kinds));
    console.log(`${dir}: ${r.golds} level/target gold figures, ${r.unmatched} not found among the candidates, ${r.kinds.length} labelled → ${file}`);
  }
  for (const name of readdirSync(OUT).filter((f) => f.endsWith('.articles.jsonl')).sort()) {
    const r = labelArticles(join(OUT, name));
    for (const m of r.missed) console.warn(`unmatched label: ${m}`);
    const file = join(OUT, name.replace(/\.articles\.jsonl$/, '.jsonl'));
    writeFileSync(file, serializeKinds(r.kinds));
    console.log(`${name}: ${r.kinds.length} labelled → ${file}`);
  }
  const own = labelGoldens();
  writeFileSync(join(OUT, 'fixtures.jsonl'), serializeKinds(own));
  console.log(`goldens: ${own.length} labelled → ${join(OUT, 'fixtures.jsonl')}`);
  return 0;
}

runMain('label-kinds', main);
