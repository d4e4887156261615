// npm run fit: fits the date model (scripts/fit-dates.ts), the kind model (scripts/fit-kinds.ts) and the measure model on the labelled set (test/fixtures/measure/*.jsonl) and
// writes data/models/measure.json; prints training and leave-one-article-out accuracy and the
// commonest confusions. Deterministic: two runs write the same file.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, fit, leaveOneArticleOut, serialize, type Evaluation } from '../src/extract/measure/fit';
import { examplesOf, parseLabelled, type Example } from '../src/extract/measure/labelled';
import { serializeDates } from '../src/extract/dates/choice/fit';
import { fitAndReport, loadChoices } from './fit-dates';
import { fitSubjectsAndWrite } from './fit-subjects';
import { serializeKindModel } from '../src/extract/kind/fit';
import { fitKindsAndReport, loadKinds } from './fit-kinds';

const ROOT = join(import.meta.dirname, '..');
const DIR = join(ROOT, 'test/fixtures/measure');
const OUT = join(ROOT, 'data/models/measure.json');
const DATES_OUT = join(ROOT, 'data/models/dates.json');
const KINDS_OUT = join(ROOT, 'data/models/kind.json');

export function loadExamples(): { examples: Example[]; missed: string[]; articles: number } {
  const articles = readdirSync(DIR).filter((f) => f.endsWith('.jsonl')).sort().flatMap((f) => parseLabelled(readFileSync(join(DIR, f), 'utf8')));
  const examples: Example[] = [];
  const missed: string[] = [];
  for (const a of articles) {
    const r = examplesOf(a);
    examples.push(...r.examples);
    missed.push(...r.missed);
  }
  return { examples, missed, articles: articles.length };
}

const show = (name: string, e: Evaluation) =>
  `${name}: ${(e.accuracy * 100).toFixed(1)}% of ${e.total}` +
  (e.confusions.size ? `\n  ${[...e.confusions].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 12).map(([k, n]) => `${k} ×${n}`).join(', ')}` : '');

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const { examples, missed, articles } = loadExamples();
  for (const m of missed) console.warn(`unmatched label: ${m}`);
  const model = fit(examples);
  writeFileSync(OUT, serialize(model));
  const perRight = examples.filter((e) => e.per === e.predictedPer).length;
  console.log(`${articles} articles, ${examples.length} labelled figures (${examples.filter((e) => e.exact === null).length} decided by the model), ${Object.keys(model.weights).length} features kept`);
  console.log(show('training accuracy', evaluate(model, examples)));
  console.log(show('leave-one-article-out accuracy', leaveOneArticleOut(examples)));
  console.log(`per (hand rules): ${((perRight / examples.length) * 100).toFixed(1)}% of ${examples.length}`);
  console.log(`wrote ${OUT}`);
  writeFileSync(DATES_OUT, serializeDates(fitAndReport(loadChoices())));
  console.log(`wrote ${DATES_OUT}`);
  fitSubjectsAndWrite();
  writeFileSync(KINDS_OUT, serializeKindModel(fitKindsAndReport(loadKinds())));
  console.log(`wrote ${KINDS_OUT}`);
}
