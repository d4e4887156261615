// Figures below zero: "settled at minus $37.63 a barrel", "growth of negative 2.1%", "at -$3".
// The number pattern reads magnitudes only (a hyphen before a number is far more often a range
// dash or a compound than a sign), so the sign is read here from the words just before it.
import { tag } from '../base/candidate';
import type { Refiner } from '../base/context';

// "minus" / "negative" as a word, or a sign that follows a space or bracket and touches the
// number or its "$" ("at -$37.63", "(−0.4%)"), never a dash between two figures ("$30-$40").
const SIGN_BEFORE = /(?:\b(?:minus|negative)\s+|(?<=^|[\s(])[-−])$/i;

export const negative: Refiner = {
  name: 'negative',
  refine(ctx, figures) {
    for (const f of figures) {
      if (f.unit === null || f.value <= 0) continue;
      const m = SIGN_BEFORE.exec(ctx.text.slice(Math.max(0, f.start - 10), f.start));
      if (!m) continue;
      f.start -= m[0].length;
      f.value = -f.value;
      f.raw = -f.raw;
      tag(f, 'negative');
    }
    return figures;
  },
};
