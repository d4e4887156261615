// A bare number that compares with a figure in the same sentence takes that figure's unit:
// "75,000 barrels daily, down from roughly 95,000 before Thursday". Only comparison words carry a
// unit, and only to a number of the same order, so "11 people" or "2014" never become barrels.
// An alternative is compared too: "a ceiling of 80,000 bpd rather than the 120,000 first sought",
// "instead of 50,000".
import { tag, type Candidate } from '../base/candidate';
import type { Refiner } from '../base/context';
import { QUALIFIER_TAIL } from './qualifiers';
import { lastWordBefore } from '../base/words';

export const COMPARE = new RegExp(
  String.raw`\b(?:up|down|rising|falling|rose|fell|recovering|recovered|compared|comparing|against|versus|vs\.?|from|(?<!more\s|less\s|fewer\s|rather\s)than|rather\s+than|instead\s+of|in\s+place\s+of|to)\s+(?:with\s+)?(?:the\s+)?(?:${QUALIFIER_TAIL}\s+)?$`,
  'i',
);
// After the number: a noun would make it a count of something else ("30,000 residents"). A
// participle names where the compared figure came from ("down from 90,000 recorded in May", "the
// 120,000 sought at first"), but not a count of people ("than 300 killed").
const NOUN_AFTER = /^\s*(?![\s,.;:)]|$|(?:before|after|on|in|at|a|per|last|this|earlier|since|by|during|for|the|and|or|a\s+day|daily|when|as|while|according|first|initially|originally|previously)\b|(?!(?:killed|injured|wounded|displaced|arrested|detained|evacuated|employed|hired|fired|dismissed|registered|enrolled|vaccinated|infected)\b)[a-z]+ed\b|(?:seen|sought|forecast|given|shown|set)\b)[A-Za-z]/i;

// Last words COMPARE can end with; checking the last word first spares the full pattern on
// almost every number.
const LAST_WORDS = new Set([
  'up', 'down', 'rising', 'falling', 'rose', 'fell', 'recovering', 'recovered', 'compared', 'comparing', 'against',
  'versus', 'vs', 'from', 'than', 'to', 'with', 'the', 'about', 'around', 'some', 'roughly', 'nearly', 'almost',
  'approximately', 'approx', 'circa', 'estimated', 'over', 'least', 'of', 'as', 'under', 'below', 'above',
]);

/** Cheap first test of COMPARE (the last word, then the full pattern). */
export const COMPARES = { test: (left: string) => LAST_WORDS.has(lastWordBefore(left, left.length)) && COMPARE.test(left) };

/**
 * COMPARES.test(text.slice(from, end)) for a number parsed at `end`: the last word is read in
 * place, and the slice made only for the few numbers whose last word could end a comparison.
 */
export function comparesBefore(text: string, from: number, end: number): boolean {
  return LAST_WORDS.has(lastWordBefore(text, end, from)) && COMPARE.test(text.slice(from, end));
}

const PER_DAY_AFTER = /^\s+(?:a|per)\s+day\b/;

export const unitCarry: Refiner = {
  name: 'unit-carry',
  refine(ctx, figures) {
    figures.forEach((f, i) => {
      if (f.unit) return;
      const perDay = PER_DAY_AFTER.exec(ctx.text.slice(f.end, f.end + 12));
      if (perDay) {
        // "which handled 4.9 million barrels a day before, is now processing about 2 million a
        // day": the barrels of a daily rate said just before in the sentence.
        const donor = nearestWithUnit(figures, i);
        if (donor?.unit !== 'bbl/d' || donor.end > f.start) return;
        f.unit = 'bbl/d';
        f.end += perDay[0].length;
        f.unitCarried = true;
        tag(f, 'unit:carried');
        return;
      }
      const left = ctx.text.slice(Math.max(0, f.numStart - 36), f.numStart);
      if (!COMPARES.test(left) || NOUN_AFTER.test(ctx.text.slice(f.end, f.end + 20))) return;
      const donor = nearestWithUnit(figures, i);
      if (!donor || donor.unit === null) return;
      const ratio = f.value / donor.value;
      if (!(ratio > 0.05 && ratio < 20)) return;
      f.unit = donor.unit;
      f.unitCarried = true;
      tag(f, `unit:carried`);
    });
    return figures;
  },
};

/** The nearest figure with its own unit in the same sentence, looking outward from `i`. */
function nearestWithUnit(figures: Candidate[], i: number): Candidate | null {
  const f = figures[i] as Candidate;
  const own = (g: Candidate | undefined) => g && g.sentence === f.sentence && g.unit && !g.unitCarried;
  let before: Candidate | null = null;
  for (let j = i - 1; j >= 0 && figures[j]?.sentence === f.sentence; j--) if (own(figures[j])) { before = figures[j] as Candidate; break; }
  let after: Candidate | null = null;
  for (let j = i + 1; j < figures.length && figures[j]?.sentence === f.sentence; j++) if (own(figures[j])) { after = figures[j] as Candidate; break; }
  if (!before) return after;
  if (!after) return before;
  return after.start - f.end < f.start - before.end ? after : before;
}
