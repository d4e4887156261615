// Retail fuel prices by the gallon or litre ("$3.87 a gallon", "40 cents a gallon") are not on
// the dashboard, and neither is a bare sum that the same clause compares with one ("$3.87 a
// gallon, down from a record $5.02"): it is the same price at another time.
import type { Candidate } from '../base/candidate';
import type { Refiner } from '../base/context';

const PER_GALLON = /^\s*(?:a|per|\/|each)\s*(?:gallon|gal|litre|liter)\b/i;
// How near a bare sum must follow a per-gallon price to be read as the same price.
const COMPARED_WITHIN = 60;

export const perGallon: Refiner = {
  name: 'per-gallon',
  refine(ctx, figures) {
    let last: Candidate | null = null;
    return figures.filter((f) => {
      if (f.unit !== 'USD') return true;
      if (PER_GALLON.test(ctx.text.slice(f.end, f.end + 16))) {
        last = f;
        return false;
      }
      const prev: Candidate | null = last;
      const compared = prev !== null && prev.sentence === f.sentence && f.mult === 1 && f.start - prev.end <= COMPARED_WITHIN;
      return !compared;
    });
  },
};
