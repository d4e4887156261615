// A level the text implies is no new figure when the text already stated it just before: "Velmar
// shipped near 800,000 bpd before the strike. Shipments have halved since then, to some 400,000
// bpd" gives the 800,000 once, as stated, not again as derived from "halved". A derived
// level goes when a stated level of the same unit within 3 % stands before the words it was
// derived from, in their sentence or the two before, about the same thing. Not prices: two
// benchmarks often trade within 3 % of each other.
import type { Candidate } from '../base/candidate';
import type { Refiner } from '../base/context';

const REACH = 2;
const TOLERANCE = 0.03;

export const statedBefore: Refiner = {
  name: 'derived:stated-before',
  refine(_ctx, figures) {
    if (!figures.some((f) => f.kind === 'derived' && f.unit !== 'USD/bbl')) return figures;
    const stated = figures.filter((f) => f.kind === 'level' && f.unit !== null);
    const restated = (d: Candidate): boolean => {
      let from = Infinity;
      for (const src of d.derivedFrom) from = Math.min(from, src.start);
      return stated.some((g) => g.unit === d.unit && sameSubject(g, d) && g.start < from && g.sentence >= d.sentence - REACH && !d.derivedFrom.includes(g) && Math.abs(g.value - d.value) <= TOLERANCE * Math.abs(d.value));
    };
    return figures.filter((f) => f.kind !== 'derived' || f.unit === 'USD/bbl' || !restated(f));
  },
};

function sameSubject(a: Candidate, b: Candidate): boolean {
  return !a.subject || !b.subject || a.subject.id === b.subject.id;
}
