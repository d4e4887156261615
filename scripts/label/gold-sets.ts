// What the three labelling CLIs (label-dates, label-kinds, label-subjects) share: reading a gold
// set in the scorer's format and our own goldens, finding the extracted figure a gold line
// names, and the command line that writes one labelled file per set. Each CLI keeps only its
// own part: what it records for an article and how a gold line labels it.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
/** Our goldens: test/fixtures/extract/NAME.txt beside NAME.expected.json. */
const GOLDENS = join(ROOT, 'test/fixtures/extract');

/** One line of a gold set's gold.jsonl (the fields the labellers read). */
export interface GoldFigure {
  file: string;
  value: number;
  unit: string;
  kind: string;
  asOf?: string | null;
  asOfTo?: string | null;
  subject?: string[];
  span?: string;
  note?: string;
  low?: number | null;
  high?: number | null;
}

export interface GoldArticle {
  /** The file's name without `.txt`: how labelled lines name their article. */
  id: string;
  text: string;
  published: string | null;
  gold: GoldFigure[];
}

/** A gold set's name: its folder's. */
export const setName = (dir: string) => basename(dir.replace(/\/+$/, ''));

export const isGoldSet = (dir: string) => existsSync(join(dir, 'gold.jsonl')) && existsSync(join(dir, 'manifest.json'));

/** Every article of a gold set, in the manifest's order, with its gold lines. */
export function readGoldSet(dir: string): GoldArticle[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { file: string; published?: string }[];
  const gold = readFileSync(join(dir, 'gold.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldFigure);
  return manifest.map((m) => {
    const path = [join(dir, m.file), join(dir, 'articles', m.file)].find(existsSync);
    if (!path) throw new Error(`${dir}: manifest names ${m.file}, which is not there`);
    return {
      id: basename(m.file).replace(/\.txt$/, ''),
      text: readFileSync(path, 'utf8'),
      published: m.published ?? null,
      gold: gold.filter((g) => basename(g.file) === basename(m.file)),
    };
  });
}

/** One of our goldens: its text and the figures a person checked, as expected.json holds them. */
export interface Golden<F> {
  id: string;
  text: string;
  published: string | null;
  figures: F[];
}

export function readGoldens<F>(): Golden<F>[] {
  return readdirSync(GOLDENS)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((name) => {
      const id = name.replace(/\.expected\.json$/, '');
      const expected = JSON.parse(readFileSync(join(GOLDENS, name), 'utf8')) as { published: string | null; figures: F[] };
      return { id, text: readFileSync(join(GOLDENS, `${id}.txt`), 'utf8'), published: expected.published, figures: expected.figures };
    });
}

/** The kind groups the scorer matches by: a derived figure counts as a level. */
export const kindGroup = (k: string) => (k === 'derived' || k === 'level' ? 'level' : k);

/** The scorer's value test: within 1 % (half a cent for small values). */
export const nearValue = (a: number | null | undefined, b: number | null | undefined) =>
  typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= Math.max(Math.abs(b) * 0.01, 0.005);

/** What the matcher needs of an extracted figure or candidate. */
export interface Located {
  start: number;
  end: number;
  unit: string | null;
  kind?: string;
  value: number | null;
  low?: number | null;
  high?: number | null;
}

export interface MatchRule {
  /** Compare kind groups too (a candidate read before its kind is settled has none). */
  byKind: boolean;
  value: (a: number | null | undefined, b: number | null | undefined) => boolean;
}

/**
 * The first of `candidates` a gold line names: not used by an earlier line, same unit (and kind
 * group), same value or range, inside one of the span's occurrences in the text.
 */
export function candidateFor<C>(g: GoldFigure, text: string, candidates: Iterable<C>, located: (c: C) => Located, used: ReadonlySet<number>, rule: MatchRule): C | null {
  const spans: [number, number][] = [];
  const span = g.span ?? '';
  for (let at = span ? text.indexOf(span) : -1; at >= 0; at = text.indexOf(span, at + 1)) spans.push([at, at + span.length]);
  for (const c of candidates) {
    const f = located(c);
    if (used.has(f.start) || f.unit !== g.unit) continue;
    if (rule.byKind && kindGroup(f.kind ?? '') !== kindGroup(g.kind)) continue;
    if (!rule.value(f.value, g.value) && !(rule.value(f.low, g.low) && rule.value(f.high, g.high))) continue;
    if (spans.some(([a, b]) => f.start < b && f.end > a)) return c;
  }
  return null;
}

export interface LabelCli {
  /** The npm script's name, which starts every error line. */
  name: string;
  usage: string;
  /** Where the labelled files go (test/fixtures/…). */
  outDir: string;
  /** One gold set's labelled file's contents and the line that says what it holds. */
  labelSet(dir: string): { contents: string; summary: (file: string) => string[] };
  /** Files written after the sets (our goldens, our invented paragraphs): name → contents, summary. */
  labelOwn(): { name: string; contents: string; summary: (file: string) => string[] }[];
}

/** npm run label-X -- SET_DIR…: one labelled file per gold set, then our own. */
export async function labelMain(cli: LabelCli): Promise<number> {
  const dirs = process.argv.slice(2);
  if (dirs.includes('--help') || dirs.includes('-h')) {
    console.log(cli.usage);
    return 0;
  }
  const notSets = dirs.filter((d) => !isGoldSet(d));
  if (notSets.length) {
    console.error(`${cli.name}: ${notSets[0]} has no gold.jsonl and manifest.json; give a gold set folder.\n${cli.usage}`);
    return 2;
  }
  mkdirSync(cli.outDir, { recursive: true });
  const write = (file: string, r: { contents: string; summary: (file: string) => string[] }) => {
    writeFileSync(file, r.contents);
    for (const line of r.summary(file)) console.log(line);
  };
  for (const dir of dirs) write(join(cli.outDir, `${setName(dir)}.jsonl`), cli.labelSet(dir));
  for (const own of cli.labelOwn()) write(join(cli.outDir, own.name), own);
  return 0;
}
