// npm run label-subjects -- SET_DIR…
// Writes the labelled set the subject model is fitted on: for each gold set given (a folder with
// manifest.json, articles/ and gold.jsonl, the scorer's format) test/fixtures/subjects/<set>.jsonl,
// and for our own goldens (test/fixtures/extract/*.expected.json) fixtures.jsonl. Each line is one
// figure's subject choice: candidate features and which candidates give a right subject; no text.
import { join } from 'node:path';
import { keywordsAgree, labelSubject, recordSubjects, serializeSubjects, type LabelledSubject } from '../src/extract/subjects/choice/labelled';
import { candidateFor, labelMain, nearValue, readGoldens, readGoldSet, ROOT, setName } from './label/gold-sets';
import { runMain } from './run-main';

const USAGE = `usage: npm run label-subjects -- SET_DIR…
Each SET_DIR holds manifest.json, articles/ and gold.jsonl (the scorer's format). Writes
test/fixtures/subjects/<set>.jsonl per set and fixtures.jsonl from our goldens; then run npm run fit.`;

function labelSet(dir: string): { choices: LabelledSubject[]; golds: number; unmatched: number } {
  const set = setName(dir);
  const choices: LabelledSubject[] = [];
  let golds = 0;
  let unmatched = 0;
  for (const article of readGoldSet(dir)) {
    const seen = recordSubjects(article.text, article.published);
    const used = new Set<number>();
    for (const g of article.gold) {
      const keywords = g.subject;
      if (!keywords?.length) continue;
      golds++;
      const s = candidateFor(g, article.text, seen.values(), (c) => c.seen.figure, used, { byKind: true, value: nearValue });
      if (!s) {
        unmatched++;
        continue;
      }
      used.add(s.seen.figure.start);
      const c = labelSubject(set, article.id, s, (label) => keywordsAgree(keywords, label));
      if (c) choices.push(c);
    }
  }
  return { choices, golds, unmatched };
}

/** Our goldens: every figure's subject as a person checked it. */
function labelGoldens(): LabelledSubject[] {
  const out: LabelledSubject[] = [];
  for (const golden of readGoldens<{ start: number; subject: string | null; kind: string }>()) {
    const seen = recordSubjects(golden.text, golden.published);
    for (const f of golden.figures) {
      const s = seen.get(f.start);
      if (!s || !f.subject || f.kind === 'derived') continue;
      const c = labelSubject('fixtures', golden.id, s, (label) => label === f.subject);
      if (c) out.push(c);
    }
  }
  return out;
}

runMain('label-subjects', () =>
  labelMain({
    name: 'label-subjects',
    usage: USAGE,
    outDir: join(ROOT, 'test/fixtures/subjects'),
    labelSet(dir) {
      const r = labelSet(dir);
      const decided = r.choices.filter((c) => !c.exact).length;
      return {
        contents: serializeSubjects(r.choices),
        summary: (file) => [`${dir}: ${r.golds} gold figures with a subject, ${r.unmatched} not found among the extracted, ${r.choices.length} choices (${decided} with more than one candidate) → ${file}`],
      };
    },
    labelOwn() {
      const own = labelGoldens();
      return [{ name: 'fixtures.jsonl', contents: serializeSubjects(own), summary: (file) => [`goldens: ${own.length} choices → ${file}`] }];
    },
  }),
);
