// npm run label-kinds -- SET_DIR…
// Writes the labelled set the kind model (level or target) is fitted on: for each gold set given
// (a folder with manifest.json, articles/ and gold.jsonl, the scorer's format)
// test/fixtures/kind/<set>.jsonl, and for our goldens (test/fixtures/extract/*.expected.json)
// fixtures.jsonl, and from our invented paragraphs (test/fixtures/kind/*.articles.jsonl) one file
// each. Each line is one candidate's features, the hand rules' decision and the gold's
// kind; no text.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { recordKinds, serializeKinds, type KindSeen, type LabelledKind } from '../src/extract/kind/labelled';
import { candidateFor, labelMain, readGoldens, readGoldSet, ROOT, setName } from './label/gold-sets';
import { runMain } from './run-main';

const OUT = join(ROOT, 'test/fixtures/kind');

const USAGE = `usage: npm run label-kinds -- SET_DIR…
Each SET_DIR holds manifest.json, articles/ and gold.jsonl (the scorer's format). Writes
test/fixtures/kind/<set>.jsonl per set, NAME.jsonl from each of our NAME.articles.jsonl there,
and fixtures.jsonl from our goldens; then run npm run fit.`;

// A target may carry a sign the candidate does not have yet (a quota of a cut is made negative
// later), and a candidate's kind is not settled yet: values compare without sign, kinds not at all.
const nearSize = (a: number | null | undefined, b: number | null | undefined) =>
  typeof a === 'number' && typeof b === 'number' && Math.abs(Math.abs(a) - Math.abs(b)) <= Math.max(Math.abs(b) * 0.01, 0.005);

const label = (set: string, article: string, s: KindSeen, target: boolean): LabelledKind => ({ set, article, at: s.start, features: s.features, family: s.family, hand: s.hand, target });

function labelSet(dir: string): { kinds: LabelledKind[]; golds: number; unmatched: number } {
  const set = setName(dir);
  const kinds: LabelledKind[] = [];
  let golds = 0;
  let unmatched = 0;
  for (const article of readGoldSet(dir)) {
    const seen = recordKinds(article.text, article.published);
    const used = new Set<number>();
    for (const g of article.gold) {
      if (g.kind !== 'level' && g.kind !== 'target' && g.kind !== 'derived') continue;
      golds++;
      const s = candidateFor(g, article.text, seen, (c) => c, used, { byKind: false, value: nearSize });
      if (!s) {
        unmatched++;
        continue;
      }
      used.add(s.start);
      kinds.push(label(set, article.id, s, g.kind === 'target'));
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
function labelArticles(file: string): LabelledKind[] {
  const set = basename(file).replace(/\.articles\.jsonl$/, '');
  const kinds: LabelledKind[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n').filter((l) => l.trim())) {
    const a = JSON.parse(line) as { id: string; published?: string; text: string; labels: [string, 'level' | 'target'][] };
    const seen = recordKinds(a.text, a.published ?? null);
    let cursor = 0;
    for (const [span, kind] of a.labels) {
      const at = a.text.indexOf(span, cursor);
      const s = at < 0 ? undefined : seen.find((x) => x.start < at + span.length && x.end > at);
      if (!s) {
        console.warn(`unmatched label: ${a.id}: no candidate at "${span}"`);
        continue;
      }
      cursor = at + 1;
      kinds.push(label(set, a.id, s, kind === 'target'));
    }
  }
  return kinds;
}

/** Our goldens: every level and target a person checked. */
function labelGoldens(): LabelledKind[] {
  const out: LabelledKind[] = [];
  for (const golden of readGoldens<{ start: number; kind: string }>()) {
    const seen = recordKinds(golden.text, golden.published);
    for (const f of golden.figures) {
      if (f.kind !== 'level' && f.kind !== 'target') continue;
      const s = seen.find((x) => x.start === f.start);
      if (s) out.push(label('fixtures', golden.id, s, f.kind === 'target'));
    }
  }
  return out;
}

runMain('label-kinds', () =>
  labelMain({
    name: 'label-kinds',
    usage: USAGE,
    outDir: OUT,
    labelSet(dir) {
      const r = labelSet(dir);
      return {
        contents: serializeKinds(r.kinds),
        summary: (file) => [`${dir}: ${r.golds} level/target gold figures, ${r.unmatched} not found among the candidates, ${r.kinds.length} labelled → ${file}`],
      };
    },
    labelOwn() {
      const invented = readdirSync(OUT)
        .filter((f) => f.endsWith('.articles.jsonl'))
        .sort()
        .map((name) => {
          const kinds = labelArticles(join(OUT, name));
          return { name: name.replace(/\.articles\.jsonl$/, '.jsonl'), contents: serializeKinds(kinds), summary: (file: string) => [`${name}: ${kinds.length} labelled → ${file}`] };
        });
      const own = labelGoldens();
      return [...invented, { name: 'fixtures.jsonl', contents: serializeKinds(own), summary: (file: string) => [`goldens: ${own.length} labelled → ${file}`] }];
    },
  }),
);
