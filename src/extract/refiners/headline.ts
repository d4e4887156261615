// A headline ("Kurdish crude exports sink to 200,000 bpd as …") repeats a figure the story then
// states with its date and source; the repeat is dropped so the figure counts once.
import type { Candidate } from '../base/candidate';
import type { ExtractContext, Refiner } from '../base/context';

/** The first sentence is a headline when it has no closing punctuation and a line break follows. */
function isHeadline(ctx: ExtractContext, sentence: number): boolean {
  const s = ctx.sentences[sentence];
  if (!s || sentence !== 0 || s.end - s.start > 160) return false;
  return !/[.!?"”]$/.test(ctx.text.slice(s.start, s.end)) && /^\s*\r?\n/.test(ctx.text.slice(s.end, s.end + 3));
}

export const headline: Refiner = {
  name: 'headline',
  refine(ctx, figures) {
    if (!figures.some((f) => f.sentence === 0) || !isHeadline(ctx, 0)) return figures;
    const later = figures.filter((f) => f.sentence > 0);
    const repeated = (f: Candidate) => later.some((g) => g.unit === f.unit && g.value === f.value);
    return figures.filter((f) => f.sentence !== 0 || !repeated(f));
  },
};
