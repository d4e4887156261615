// A quota the size of a planned cut named a sentence or two before restates that cut: negative,
// like the cut. A quota that is a production level ("a quota of 2.1 million bpd") stays positive.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const targets = (text: string) =>
  extract(text, { published: '2031-06-18' }).figures.filter((f) => f.kind === 'target').map((f) => f.value);

describe('a quota restating a cut', () => {
  it('is the cut', () => {
    expect(targets("The group agreed to cut Velmar's daily output by 60,000 barrels from July. Under the revised text, Velmar's production quota was set at 60,000 barrels for July.")).toEqual([-60000, -60000]);
  });

  it('carries its sign to the quota it replaced', () => {
    expect(targets("The group agreed to cut Velmar's daily output by 60,000 barrels. Velmar's production quota was set at 60,000 barrels for July instead of 90,000 barrels.")).toEqual([-60000, -60000, -90000]);
  });

  it.each([
    "The group agreed deep cuts in April. Velmar's production quota was set at 2.1 million bpd for May.",
    "Velmar agreed to cut output by 60,000 bpd. Orlin's quota is 900,000 bpd.",
  ])('"%s" keeps the quota a level', (text) => {
    expect(targets(text).filter((v) => v > 0)).toHaveLength(1);
  });

  it('does not reach a cut many sentences back', () => {
    const text = "Velmar agreed to cut output by 60,000 bpd. Talks went on. Ministers met twice. Nothing changed. Velmar's quota is 60,000 bpd.";
    expect(targets(text)).toEqual([-60000, 60000]);
  });
});
