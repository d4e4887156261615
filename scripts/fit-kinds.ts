// The kind half of `npm run fit`: fits the level/target model on test/fixtures/kind/*.jsonl
// (written by npm run label-kinds) and prints, per set, the hand rules beside the model on
// held-out articles (leave-one-article-out) and held-out sets (leave-one-set-out): the model
// deciding every family, and the model deciding only the families the fit adopts for it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { byArticle, bySet, chooseDecides, fitKinds, heldOut, scoreKinds, type KindScore } from '../src/extract/kind/fit';
import { parseKinds, type LabelledKind } from '../src/extract/kind/labelled';
import type { KindModel } from '../src/extract/kind/model';

const DIR = join(import.meta.dirname, '..', 'test/fixtures/kind');

export function loadKinds(): LabelledKind[] {
  return readdirSync(DIR).filter((f) => f.endsWith('.jsonl') && !f.endsWith('.articles.jsonl')).sort().flatMap((f) => parseKinds(readFileSync(join(DIR, f), 'utf8')));
}

const pct = (s: KindScore) => `${s.total ? ((100 * s.right) / s.total).toFixed(1) : 'n/a'}% (${s.right}/${s.total}, ${s.missedTargets} targets missed, ${s.falseTargets} false)`;

/** The adopted decision for held-out pairs: the model's reading in `decides`, the hand rules' elsewhere. */
const adopt = (pairs: [LabelledKind, boolean][], decides: readonly string[]): [LabelledKind, boolean][] => pairs.map(([e, t]) => [e, decides.includes(e.family) ? t : e.hand]);

/** Leave one set out, the adopted families chosen again from each fold's own leave-one-article-out. */
function setOutAdopted(examples: readonly LabelledKind[]): [LabelledKind, boolean][] {
  const out: [LabelledKind, boolean][] = [];
  const bySetHeld = heldOut(examples, bySet);
  for (const set of new Set(examples.map(bySet))) {
    const decides = chooseDecides(heldOut(examples.filter((e) => e.set !== set), byArticle));
    out.push(...adopt(bySetHeld.filter(([e]) => e.set === set), decides));
  }
  return out;
}

/** Fits the model and prints the report; returns the model to write. */
export function fitKindsAndReport(examples: readonly LabelledKind[]): KindModel {
  const model = fitKinds(examples);
  const loao = heldOut(examples, byArticle);
  const loso = heldOut(examples, bySet);
  const losoAdopted = setOutAdopted(examples);
  console.log(`kinds: ${examples.length} labelled candidates (${examples.filter((e) => e.target).length} targets), ${Object.keys(model.weights).length} features kept; the model decides ${model.decides.length ? model.decides.join(', ') : 'nothing'}`);
  for (const set of [...new Set(examples.map(bySet)), 'all']) {
    const of = (list: [LabelledKind, boolean][]) => list.filter(([e]) => set === 'all' || e.set === set);
    const hand = scoreKinds(of(examples.map((e) => [e, e.hand])));
    console.log(`  ${set.padEnd(10)} hand rules ${pct(hand)}`);
    console.log(`  ${''.padEnd(10)} model everywhere: leave-one-article-out ${pct(scoreKinds(of(loao)))}; leave-one-set-out ${pct(scoreKinds(of(loso)))}`);
    console.log(`  ${''.padEnd(10)} model where adopted: leave-one-article-out ${pct(scoreKinds(of(adopt(loao, model.decides))))}; leave-one-set-out ${pct(scoreKinds(of(losoAdopted)))}`);
  }
  const top = Object.entries(model.weights).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 24);
  console.log(`  heaviest: ${top.map(([f, w]) => `${f} ${w > 0 ? '+' : ''}${w}`).join(', ')}`);
  return model;
}
