// A fraction written in digits before "of": "More than 2/3 of the country's oil exports" is a
// share of 66.67 %. Only small fractions (a numerator under the denominator, up to tenths) right
// before "of" and an economic noun (as for fractions in words), so dates ("2/3/2024"), scores
// and "2/3 of the way" never match.
import { makeCandidate } from '../base/candidate';
import type { Parser } from '../base/context';
import { OF_ECONOMIC } from '../refiners/fraction-words';

export const digitFractionParser: Parser = {
  name: 'digit-fraction',
  pattern: /(?<![\d/.,])([1-9])\/([2-9]|10)(?![\d/])(?=\s+of\s)/g,
  extract(ctx, m) {
    const num = Number(m[1]);
    const den = Number(m[2]);
    const start = m.index;
    const end = start + m[0].length;
    if (!(num < den) || !OF_ECONOMIC.test(ctx.text.slice(end, end + 80))) return null;
    return makeCandidate({
      start,
      end,
      numStart: start,
      numEnd: end,
      raw: num / den,
      mult: 100,
      value: Math.round((num / den) * 10000) / 100,
      unit: '%',
      sentence: ctx.sentenceAt(start),
      tags: ['number:fraction-digits'],
    });
  },
};
