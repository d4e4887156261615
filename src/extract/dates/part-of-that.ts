// "About 370,000 bpd of that came from the Kurdish fields", "Of that, 330,000 bpd …", "45 per
// cent of the total": a part of a figure named just before holds when that figure does. A donor
// for the date refiner's second pass (figures with no time words of their own).
import type { Candidate } from '../base/candidate';
import type { ExtractContext } from '../base/context';

const OF_THAT = /^\s+of\s+(?:that|those|this|these|it|them|the\s+total)\b/i;

// "Of that, about 330,000 bpd came from …": the same, fronted, for the sentence's first figure.
const OF_THAT_FRONTED = /^["“]?Of\s+(?:that|those|this|these|it|them)\b[^.;]{0,60}$/;

// "That was 20.9% more than in July", "That would equal about 4 per cent of world supply": a
// sentence about the figure just before holds when it does.
const THAT_WAS = /^["“]?(?:That|This)\s+(?:was|is|marks|marked|represents|represented|compares|compared|equals|equalled|equaled|amounts\s+to|(?:would|will)\s+(?:be|equal|represent|amount\s+to))\b[^.;]{0,40}$/;

export function partOfThat(ctx: ExtractContext, f: Candidate, i: number, figures: Candidate[]): Candidate | null {
  // One character first: most figures are not followed by "of", and few sentences open with "Of".
  const after = ctx.text.charCodeAt(f.end + 1) === 111 && OF_THAT.test(ctx.text.slice(f.end, f.end + 16));
  const s = ctx.sentences[f.sentence];
  const first = !after && s !== undefined && figures[i - 1]?.sentence !== f.sentence && f.start - s.start < 70;
  const opening = first && s ? ctx.text.slice(s.start, f.start) : '';
  const fronted = first && (/^["“]?O/.test(opening) ? OF_THAT_FRONTED.test(opening) : /^["“]?T/.test(opening) && THAT_WAS.test(opening));
  if (!after && !fronted) return null;
  const total = after && ctx.text.charCodeAt(f.end + 4) === 116 && ctx.text.startsWith('the', f.end + 4);
  // The figure pointed at is among the last few (a bound keeps run-on lists linear).
  for (let j = i - 1; j >= 0 && j >= i - 8; j--) {
    const g = figures[j] as Candidate;
    // "the total" is named in the same sentence; "that" may point into the sentence before.
    if (g.sentence < f.sentence - (total ? 0 : 1)) break;
    if (g.unit === '%' || (f.unit !== '%' && g.unit !== f.unit)) continue;
    return g.period && g.period.tag !== 'date:published' ? g : null;
  }
  return null;
}
