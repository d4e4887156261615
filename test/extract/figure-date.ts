// The date rule tests' one lookup: extract a sentence or two and read the period of the figure
// with a given value (its size: a cut of 4 million bpd is found by 4e6).
import { extract } from '../../src/extract/index';

/** [asOf, asOfTo] of the first figure whose size is `value`; undefined entries when none is. */
export function periodOf(text: string, published: string, value: number): [string | null | undefined, string | null | undefined] {
  const f = extract(text, { published }).figures.find((g) => Math.abs(g.value) === value);
  return [f?.asOf, f ? f.asOfTo ?? null : undefined];
}

/** asOf of the first figure whose size is `value`. */
export const asOfOf = (text: string, published: string, value: number) => periodOf(text, published, value)[0];
