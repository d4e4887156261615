// Which name in a sentence a figure belongs to: the subject of a verb whose object is its own
// measure ("Norland will trim its output by …"), a name set right before "at" and its figure in a
// list ("Spain trailing at 11 percent"), the part a share flows through ("… travel through the CPC
// pipeline"), not a group that only owns a pact ("OPEC's cuts"), a destination ("to Asia") or
// a name in the circumstances ("during repairs in Georgia"). Sentences are invented.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const subjectsOf = (text: string): string[] => extract(text, { published: '2026-06-10' }).figures.map((f) => `${f.text} → ${f.subject}`);

describe('the owner of "its output"', () => {
  it('outranks a group named in a clause before it', () => {
    expect(subjectsOf('If the OPEC+ alliance signs off on the plan, Kazakhstan would trim its oil output by 80,000 bpd.')).toEqual(['80,000 bpd → Kazakhstan']);
  });

  it('outranks the group whose cuts it is exempt from', () => {
    expect(subjectsOf("Algeria ignored OPEC's cuts in March, and Algeria then promised to hold its exports to 500,000 bpd.")).toEqual(['500,000 bpd → Algeria']);
  });

  it('does not take a measure its verb sends elsewhere', () => {
    expect(subjectsOf('Iraq shipped its exports through the Kurdistan pipeline at 400,000 bpd.')).toEqual(['400,000 bpd → Kurdistan pipeline to Ceyhan']);
  });
});

describe('names in a list of figures', () => {
  it('each name set right before "at" takes its own figure', () => {
    expect(subjectsOf('China bought 60 percent of the cargoes, India trailing at 25 percent and Europe at 8 percent.')).toEqual([
      '60 percent → China',
      '25 percent → India',
      '8 percent → Europe',
    ]);
  });
});

describe('the part of a share', () => {
  it('is the route the share passes through', () => {
    expect(subjectsOf('Kazakhstan depends on one route. Some 78 percent of the country\'s sales abroad travel through the CPC pipeline.')).toEqual([
      '78 percent → CPC pipeline (Caspian Pipeline Consortium)',
    ]);
  });
});

describe('names that are not the subject', () => {
  it('a destination after "to" is not what was shipped', () => {
    expect(subjectsOf('Venezuela shipped 500,000 bpd to Asia in May.')).toEqual(['500,000 bpd → Venezuela']);
  });

  it('a place in the circumstances after the figure is not its subject', () => {
    expect(subjectsOf('The BTC pipeline carried 600,000 bpd in May. Its pumping rate slipped by 50,000 bpd in June during repairs at a station in Georgia.')).toEqual([
      '600,000 bpd → Baku-Tbilisi-Ceyhan (BTC) pipeline',
      '50,000 bpd → Baku-Tbilisi-Ceyhan (BTC) pipeline',
    ]);
  });

  it('a group that owns a pact is not a figure of its member', () => {
    expect(subjectsOf("Iraq overshot again in May: the alliance's pact allowed Iraq 4.2 million bpd, yet Iraq pumped 4.4 million bpd.")).toEqual([
      '4.2 million bpd → Iraq',
      '4.4 million bpd → Iraq',
    ]);
  });
});

describe('a continued indicator', () => {
  it('"the drop" continues the figure before, even an indicator', () => {
    expect(subjectsOf('The agency sees world oil demand shrinking by 3 million bpd this year. The drop may deepen to 5 million bpd by June.')).toEqual([
      '3 million bpd → oil demand',
      '5 million bpd → oil demand',
    ]);
  });

  it('but "exports" in the next sentence does not continue stocks', () => {
    const out = subjectsOf('Crude stocks at the hub fell to 4 million barrels last week. Exports averaged 1.2 million bpd in May.');
    expect(out[1]).not.toMatch(/stocks/);
  });

  it('a company does not own an economy\'s inflation', () => {
    expect(subjectsOf("Chevron's partners in Venezuela ship 200,000 bpd. Annual inflation eased to 40 percent in May.")[1]).not.toMatch(/Chevron/);
  });
});

describe('a name in a subordinate clause closed before the figure', () => {
  it('loses to the thing the main clause is about', () => {
    expect(subjectsOf('The Kurdistan pipeline carried 500,000 bpd in September. Volumes on the line are down sharply since federal troops seized Kirkuk, with flows put at some 240,000 bpd on Thursday.')).toEqual([
      '500,000 bpd → Kurdistan pipeline to Ceyhan',
      '240,000 bpd → Kurdistan pipeline to Ceyhan',
    ]);
  });

  it('but keeps its own figure when the comma only opens an aside about it', () => {
    expect(subjectsOf('Gasoline stocks rose by 1 million barrels, while crude stocks, which exclude the reserve, fell by 3 million barrels.')[1]).toBe('3 million barrels → crude stocks');
  });
});
