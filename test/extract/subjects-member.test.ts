// A group named for its membership: "the OPEC member" is the country named before it, and "OPEC
// member Algeria" introduces Algeria. Either way the figure is the member's, not the group's,
// while the group's own figures stay the group's. Sentences are invented.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const subjectsOf = (text: string): string[] => extract(text, { published: '2026-06-10' }).figures.map((f) => `${f.text} → ${f.subject}`);

describe('a member named through its group', () => {
  it('"the OPEC member" and "an OPEC member" stand for the country named before them', () => {
    expect(subjectsOf('Kuwait has raised output after the outage. The OPEC member pumped 2.6 million bpd in May.')).toEqual(['2.6 million bpd → Kuwait']);
    expect(subjectsOf('Angola, an OPEC member, produced 1.1 million bpd last month.')).toEqual(['1.1 million bpd → Angola']);
    expect(subjectsOf('Iraq said on Monday it exported 3.3 million bpd in May. The fellow OPEC producer expects 3.5 million bpd in June.')).toEqual([
      '3.3 million bpd → Iraq',
      '3.5 million bpd → Iraq',
    ]);
  });

  it('"OPEC member Algeria" introduces the name that follows, which a later clause does not lose to the group', () => {
    expect(subjectsOf('OPEC member Algeria pumped 950,000 bpd in May, while Nigeria shipped 1.4 million bpd.')).toEqual([
      '950,000 bpd → Algeria',
      '1.4 million bpd → Nigeria',
    ]);
  });

  it('the group alone keeps its own figures', () => {
    expect(subjectsOf('OPEC pumped 28 million bpd in May.')).toEqual(['28 million bpd → OPEC']);
    expect(subjectsOf('Members of OPEC pumped 28 million bpd in May.')).toEqual(['28 million bpd → OPEC']);
  });
});
