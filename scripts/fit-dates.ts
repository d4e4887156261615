// The date half of `npm run fit`: fits the date model on test/fixtures/dates/*.jsonl (written by
// npm run label-dates) and prints its leave-one-article-out and leave-one-set-out accuracy beside
// the hand rules' on the same figures, per set.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateDates, fitDates, handPicks, leaveOneArticleOutDates, leaveOneSetOutDates, modelPicks } from '../src/extract/dates/choice/fit';
import { parseChoices, type LabelledChoice } from '../src/extract/dates/choice/labelled';
import type { DateModel } from '../src/extract/dates/choice/model';

const DIR = join(import.meta.dirname, '..', 'test/fixtures/dates');

export function loadChoices(): LabelledChoice[] {
  return readdirSync(DIR).filter((f) => f.endsWith('.jsonl')).sort().flatMap((f) => parseChoices(readFileSync(join(DIR, f), 'utf8')));
}

const pct = (right: number, total: number) => `${total ? ((100 * right) / total).toFixed(1) : 'n/a'}% (${right}/${total})`;

/** Fits the model and prints the report; returns the model to write. */
export function fitAndReport(choices: readonly LabelledChoice[]): DateModel {
  const model = fitDates(choices);
  const out = leaveOneArticleOutDates(choices);
  const bySet = leaveOneSetOutDates(choices);
  const sets = [...new Set(choices.map((c) => c.set))];
  const decided = choices.filter((c) => !c.exact).length;
  console.log(`dates: ${choices.length} labelled choices (${decided} decided by the model, the rest exact), ${Object.keys(model.weights).length} features kept`);
  for (const set of [...sets, 'all']) {
    const of = <T extends [LabelledChoice, number]>(list: T[]) => list.filter(([c]) => set === 'all' || c.set === set);
    const hand = evaluateDates(of(handPicks(choices)));
    const loo = evaluateDates(of(out));
    const los = evaluateDates(of(bySet));
    const train = evaluateDates(of(modelPicks(model, choices)));
    console.log(`  ${set.padEnd(10)} hand rules ${pct(hand.right, hand.total)}  model: leave-one-article-out ${pct(loo.right, loo.total)}, leave-one-set-out ${pct(los.right, los.total)}, training ${pct(train.right, train.total)}`);
  }
  return model;
}
