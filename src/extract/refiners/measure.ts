// What each figure counts (exports, production, price, …) and, for flows of money, the period it
// is counted over. Provisional cue-word rules: the fitted measure model replaces the decision.
import type { Candidate } from '../base/candidate';
import type { Refiner } from '../base/context';
import type { Measure, Per } from '../types';

const CUES: [Measure, RegExp][] = [
  ['price', /\b(?:price[sd]?|brent|wti|urals|futures|benchmark|settled|traded|a barrel|per barrel)\b/i],
  ['debt', /\b(?:owe[sd]?|owing|debts?|arrears|loans?)\b/i],
  ['revenue', /\b(?:revenues?|income|earn(?:s|ed|ings)?|receipts)\b/i],
  ['spending', /\b(?:budget(?:ed)?|spend(?:s|ing)?|spent|salar(?:y|ies))\b/i],
  ['reserves', /\breserves\b/i],
  ['stocks', /\b(?:stocks|stockpiles?|inventor(?:y|ies)|storage)\b/i],
  ['capacity', /\bcapacity\b/i],
  ['loadings', /\bload(?:ed|ings?)\b/i],
  ['imports', /\bimport(?:s|ed|ing)?\b/i],
  ['exports', /\bexport(?:s|ed|ing)?\b|\bshipments?\b/i],
  ['flow', /\b(?:pipeline|flows?|flowing|pumped|pumping)\b/i],
  ['losses', /\b(?:lost|losses|shut(?:-| )in|offline|knocked out)\b/i],
  ['demand', /\b(?:demand|consumption)\b/i],
  ['compliance', /\bcompliance\b/i],
  ['production', /\b(?:produc(?:e[sd]?|ing|tion)|output|pump(?:s|ed)?)\b/i],
];

const PER: [Per, RegExp][] = [
  ['month', /^\W{0,3}(?:a|per|each|every) month\b|^\W{0,3}monthly\b/i],
  ['year', /^\W{0,3}(?:a|per|each|every) year\b|^\W{0,3}(?:annually|a year)\b/i],
  ['quarter', /^\W{0,3}(?:a|per|each|every) quarter\b/i],
  ['week', /^\W{0,3}(?:a|per|each|every) week\b/i],
];

const WINDOW = 160;

function decide(sentence: string, c: Candidate): Measure {
  if (c.unit === 'USD/bbl') return 'price';
  if (c.kind === 'share') return 'share';
  for (const [measure, re] of CUES) if (re.test(sentence)) return measure;
  return 'other';
}

export const measure: Refiner = {
  name: 'measure',
  refine(ctx, figures) {
    for (const c of figures) {
      const s = ctx.sentences[c.sentence];
      // The words around the figure within its sentence: a run-on sentence costs no more per figure.
      const around = s ? ctx.text.slice(Math.max(s.start, c.start - WINDOW), Math.min(s.end, c.end + WINDOW)) : '';
      c.measure = decide(around, c);
      if (c.unit === 'USD' || c.unit === 'IQD' || c.unit === 'bbl') {
        const after = ctx.text.slice(c.end, c.end + 24);
        c.per = PER.find(([, re]) => re.test(after))?.[0] ?? null;
      }
    }
    return figures;
  },
};
