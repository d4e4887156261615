// Half a percentage point written in words: "some half a percent of Asian demand" is a 0.5 %
// share, "half a per cent" the same. The word-number pattern reads "half a million" (a scale
// follows); a unit of percent after "half a" has no number of its own, so it is read here.
import { makeCandidate } from '../base/candidate';
import type { Parser } from '../base/context';

export const halfPercentParser: Parser = {
  name: 'half-percent',
  pattern: /\b[Hh]alf\s+(?:a|one)\s+(?:percent|per\s?cent|percentage\s+point)\b/g,
  extract(ctx, m) {
    const start = m.index;
    const end = start + m[0].length;
    return makeCandidate({
      start,
      end,
      numStart: start,
      numEnd: end,
      raw: 0.5,
      value: 0.5,
      unit: '%',
      sentence: ctx.sentenceAt(start),
      tags: ['number:words', 'unit:percent'],
    });
  },
};
