// "X's output", "X's quota" right before a figure in its clause: the figure is X's measure, even
// beside a pipeline or a group that fits the unit better. Not when the measure goes through a
// route ("Iraq's exports through the Kirkuk pipeline"): that stays the route's. Sentences are invented.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const subjectsOf = (text: string): string[] => extract(text, { published: '2026-06-10' }).figures.map((f) => `${f.text} → ${f.subject}`);

describe('the owner of a measure', () => {
  it('outranks a pipeline named earlier in the sentence', () => {
    expect(subjectsOf("Militants blew up the Forcados pipeline on Monday, cutting Nigeria's production by 120,000 bpd.")).toEqual(['120,000 bpd → Nigeria']);
  });

  it('outranks the group whose deal sets the quota', () => {
    expect(subjectsOf("Under the OPEC-non-OPEC pact, Mexico's quota will be 90,000 bpd.")).toEqual(['90,000 bpd → Mexico']);
  });

  it('leaves a measure through a route to the route', () => {
    expect(subjectsOf("Iraq's exports through the Kirkuk pipeline reached 450,000 bpd in May.")).toEqual(['450,000 bpd → Kirkuk fields']);
  });
});

describe('the whole of a share', () => {
  it('is not its owner: the part is', () => {
    expect(subjectsOf("Kurdistan's share of Iraq's exports was 12.5 percent in May.")).toEqual(['12.5 percent → Iraqi Kurdistan region']);
  });
});
