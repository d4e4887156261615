// npm run label-dates -- SET_DIR…
// Writes the labelled set the date model is fitted on: for each gold set given (a folder with
// manifest.json, articles/ and gold.jsonl, the scorer's format) test/fixtures/dates/<set>.jsonl,
// and for our own goldens (test/fixtures/extract/*.expected.json) fixtures.jsonl. Each line is
// one figure's date choice: option features and which options give the gold date; no text.
import { join } from 'node:path';
import { dateAgrees, labelChoice, recordChoices, serializeChoices, type GoldDate, type LabelledChoice } from '../src/extract/dates/choice/labelled';
import { candidateFor, labelMain, nearValue, readGoldens, readGoldSet, ROOT, setName } from './label/gold-sets';
import { runMain } from './run-main';

const USAGE = `usage: npm run label-dates -- SET_DIR…
Each SET_DIR holds manifest.json, articles/ and gold.jsonl (the scorer's format). Writes
test/fixtures/dates/<set>.jsonl per set and fixtures.jsonl from our goldens; then run npm run fit.`;

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
  const set = setName(dir);
  const choices: LabelledChoice[] = [];
  let unmatched = 0;
  let golds = 0;
  let unchosen = 0;
  const misses: DateMisses = { missing: 0, chosenWrong: 0 };
  for (const article of readGoldSet(dir)) {
    const seen = recordChoices(article.text, article.published);
    const used = new Set<number>();
    for (const g of article.gold) {
      if (!g.asOf || g.asOf === 'unknown') continue;
      golds++;
      const s = candidateFor(g, article.text, seen.values(), (c) => c.figure, used, { byKind: true, value: nearValue });
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
      choices.push(labelChoice(set, article.id, s, date));
    }
  }
  return { choices, unmatched, golds, unchosen, misses };
}

/** Our goldens: every figure a person checked, dated exactly as recorded. */
function labelGoldens(): LabelledChoice[] {
  const out: LabelledChoice[] = [];
  for (const golden of readGoldens<{ start: number; asOf: string | null; asOfTo: string | null; kind: string }>()) {
    const seen = recordChoices(golden.text, golden.published);
    for (const f of golden.figures) {
      const s = seen.get(f.start);
      if (!s || !f.asOf || f.kind === 'derived' || s.options.length === 0) continue;
      out.push(labelChoice('fixtures', golden.id, s, { asOf: f.asOf, asOfTo: f.asOfTo, beforeEvent: false }));
    }
  }
  return out;
}

runMain('label-dates', () =>
  labelMain({
    name: 'label-dates',
    usage: USAGE,
    outDir: join(ROOT, 'test/fixtures/dates'),
    labelSet(dir) {
      const r = labelSet(dir);
      return {
        contents: serializeChoices(r.choices),
        summary: (file) => [
          `${dir}: ${r.golds} dated gold figures, ${r.unmatched} not found among the extracted, ${r.unchosen} with no time words of their own, ${r.choices.length} choices → ${file}`,
          `  dated wrong among the found: ${r.misses.missing} with no option giving the gold date, ${r.misses.chosenWrong} where one did and another was taken`,
        ],
      };
    },
    labelOwn() {
      const own = labelGoldens();
      return [{ name: 'fixtures.jsonl', contents: serializeChoices(own), summary: (file) => [`goldens: ${own.length} choices → ${file}`] }];
    },
  }),
);
