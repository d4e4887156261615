// A figure named as the alternative to another ("rather than", "instead of") takes that figure's
// unit, kind and sign: a quota that was not chosen is still a quota, a cut still a cut. A bare
// number after the alternative may be followed by a participle ("the 120,000 first proposed").
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const figures = (text: string) =>
  extract(text, { published: '2031-06-18' }).figures.map((f) => [f.kind, f.value, f.unit]);

describe('an alternative figure', () => {
  it('takes the unit and kind of the plan it stands against', () => {
    expect(figures("Under the pact, Velmar's quota will be 80,000 bpd rather than the 120,000 first proposed.")).toEqual([
      ['target', 80000, 'bbl/d'],
      ['target', 120000, 'bbl/d'],
    ]);
  });

  it('takes the sign of a planned cut', () => {
    expect(figures('Orlin agreed to cut output by 50,000 bpd instead of 70,000.')).toEqual([
      ['target', -50000, 'bbl/d'],
      ['target', -70000, 'bbl/d'],
    ]);
  });

  it('carries a unit over a participle naming where the compared figure came from', () => {
    expect(figures('Exports slipped to 310,000 bpd, down from 350,000 recorded in April.')).toContainEqual(['level', 350000, 'bbl/d']);
  });

  it.each([
    'The refinery ran 90,000 bpd in May rather than 300 workers on shift.',
    'Exports hit 400,000 bpd, compared with 300 killed in the clashes.',
    'Exports reached 400,000 bpd, against 2,000 displaced by the fighting.',
  ])('"%s" gives no second figure', (text) => {
    expect(figures(text)).toHaveLength(1);
  });

  it('leaves two stated levels as levels', () => {
    expect(figures('Shipments averaged 500,000 bpd this year rather than the 450,000 bpd of last year.')).toEqual([
      ['level', 500000, 'bbl/d'],
      ['level', 450000, 'bbl/d'],
    ]);
  });
});
