// The subject half of `npm run fit`: fits the subject model on test/fixtures/subjects/*.jsonl
// (written by npm run label-subjects) and prints its leave-one-article-out and leave-one-set-out
// accuracy beside the hand rules' on the same figures, per set.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  evaluateSubjects, fitSubjects, handSubjects, leaveOneArticleOutSubjects, leaveOneSetOutSubjects, modelSubjects, serializeSubjectModel, SUBJECT_FIT_DEFAULTS,
  type SubjectFitOptions,
} from '../src/extract/subjects/choice/fit';
import { parseSubjects, type LabelledSubject } from '../src/extract/subjects/choice/labelled';
import type { SubjectModel } from '../src/extract/subjects/choice/model';

const ROOT = join(import.meta.dirname, '..');
const DIR = join(ROOT, 'test/fixtures/subjects');
const OUT = join(ROOT, 'data/models/subjects.json');

export function loadSubjects(): LabelledSubject[] {
  return readdirSync(DIR).filter((f) => f.endsWith('.jsonl')).sort().flatMap((f) => parseSubjects(readFileSync(join(DIR, f), 'utf8')));
}

const pct = (right: number, total: number) => `${total ? ((100 * right) / total).toFixed(1) : 'n/a'}% (${right}/${total})`;

/** Fits the model and prints the report; returns the model to write. */
export function fitSubjectsAndReport(choices: readonly LabelledSubject[], o: SubjectFitOptions = SUBJECT_FIT_DEFAULTS): SubjectModel {
  const model = fitSubjects(choices, o);
  const out = leaveOneArticleOutSubjects(choices, o);
  const bySet = leaveOneSetOutSubjects(choices, o);
  const sets = [...new Set(choices.map((c) => c.set))];
  const decided = choices.filter((c) => !c.exact).length;
  console.log(`subjects: ${choices.length} labelled choices (${decided} with candidates to weigh), ${Object.keys(model.weights).length} features kept`);
  for (const set of [...sets, 'all']) {
    const of = <T extends [LabelledSubject, number]>(list: T[]) => list.filter(([c]) => set === 'all' || c.set === set);
    const hand = evaluateSubjects(of(handSubjects(choices)));
    const loo = evaluateSubjects(of(out));
    const los = evaluateSubjects(of(bySet));
    const train = evaluateSubjects(of(modelSubjects(model, choices)));
    console.log(`  ${set.padEnd(10)} hand rules ${pct(hand.right, hand.total)}  model: leave-one-article-out ${pct(loo.right, loo.total)}, leave-one-set-out ${pct(los.right, los.total)}, training ${pct(train.right, train.total)}`);
  }
  return model;
}

/** What `npm run fit` calls: fit, report, write data/models/subjects.json. */
export function fitSubjectsAndWrite(): void {
  writeFileSync(OUT, serializeSubjectModel(fitSubjectsAndReport(loadSubjects())));
  console.log(`wrote ${OUT}`);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) fitSubjectsAndWrite();
