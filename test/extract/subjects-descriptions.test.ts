// Descriptive references to an entity named earlier in the story: "the kingdom", "the country's
// exports", "the world's top crude producer", "the group", "the semi-autonomous region", "the
// plant", "the spill", "oil prices". Each resolves to the last thing of its kind named before it,
// and names nothing when the story named none (no guessed country, no guessed pipeline).
// Sentences are invented.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const subjectsOf = (text: string): string[] => extract(text, { published: '2026-06-10' }).figures.map((f) => `${f.text} → ${f.subject}`);

describe('a country described, not named', () => {
  it('"the country" and "the kingdom" are the country named before', () => {
    expect(subjectsOf('Norway pumped 1.9 million bpd in May. The country exported 1.6 million bpd, officials said.')).toEqual([
      '1.9 million bpd → Norway',
      '1.6 million bpd → Norway',
    ]);
    expect(subjectsOf('Saudi Arabia restored supply on Monday. Output in the kingdom reached 9.8 million bpd.')).toEqual(['9.8 million bpd → Saudi Arabia']);
  });

  it('"the output of the world\'s top producer" is that country\'s, not the plant\'s beside it', () => {
    expect(subjectsOf('Saudi Arabia said repairs were under way. A blaze near the Abqaiq plant reduced the output of the world\'s top crude producer by 2 million bpd.')).toEqual([
      '2 million bpd → Saudi Arabia',
    ]);
  });

  it('is not a country the oil only passed through', () => {
    expect(subjectsOf('Kazakhstan sent its crude through Russia in May. The country shipped 1.4 million bpd.')).toEqual(['1.4 million bpd → Kazakhstan']);
  });

  it('guesses nothing when no country was named', () => {
    expect(subjectsOf('The country exported 800,000 bpd in May.')).toEqual(['800,000 bpd → unspecified']);
  });
});

describe('a group, a region, a plant, a spill described', () => {
  it('"the group" is the producers\' organisation named before', () => {
    expect(subjectsOf('OPEC ministers met in Vienna on Sunday. Output from the group rose 200,000 bpd in May.')).toEqual(['200,000 bpd → OPEC']);
  });

  it('"the semi-autonomous region" is the region named before', () => {
    expect(subjectsOf('Iraqi Kurdistan resumed sales on Friday. The semi-autonomous region exported 190,000 bpd last week.')).toEqual([
      '190,000 bpd → Iraqi Kurdistan region',
    ]);
  });

  it('"the plant" is the processing plant named before, not the country', () => {
    expect(subjectsOf('Saudi Arabia said the Abqaiq plant was hit on Saturday. The plant now processes 3 million bpd.')).toEqual([
      '3 million bpd → Abqaiq processing plant (Saudi Arabia)',
    ]);
  });

  it('a spill is the pipeline the story names, not a storage hub beside it', () => {
    expect(subjectsOf('The Keystone pipeline leaked near a farm on Tuesday. Crews stopped flows to Cushing, Oklahoma. Workers have recovered most of the 9,000-barrel spill.')).toEqual([
      '9,000-barrel → Keystone pipeline',
    ]);
  });
});

describe('prices in general', () => {
  it('are the price of crude when no benchmark was named', () => {
    expect(subjectsOf('Oil prices jumped 4 percent on Monday after the attack.')).toEqual(['4 percent → crude oil price']);
    expect(subjectsOf('Iraq raised exports on Tuesday. Crude fell $2 a barrel on Wednesday.')).toEqual(['$2 a barrel → crude oil price']);
  });

  it('are the benchmark named just before', () => {
    expect(subjectsOf('Brent settled at $71 a barrel on Monday. Oil prices rose 3 percent on Tuesday.')).toEqual([
      '$71 a barrel → Brent crude',
      '3 percent → Brent crude',
    ]);
  });

  it('are not what barrels measure, nor a grade named right before "crude"', () => {
    expect(subjectsOf('Iraq pumped 4.3 million bpd as oil prices rose.')).toEqual(['4.3 million bpd → Iraq']);
    expect(subjectsOf('Urals crude traded at $58 a barrel on Friday.')).toEqual(['$58 a barrel → Urals crude (Russia)']);
  });
});

describe('"the two fields"', () => {
  it('are the two fields named together before, not their whole group', () => {
    expect(subjectsOf('Peshmerga units guarded Jambur and Khabbaz until Monday. The two fields pumped 60,000 bpd.')).toEqual([
      '60,000 bpd → Jambur and Khabbaz fields (Kirkuk)',
    ]);
  });

  it('are the group when the count does not match the fields named', () => {
    expect(subjectsOf('Output at the Kirkuk fields rose on Monday. The three fields pumped 300,000 bpd.')).toEqual(['300,000 bpd → Kirkuk fields']);
    expect(subjectsOf('Bai Hassan was shut on Monday. Both fields had pumped 300,000 bpd.')).toEqual(['300,000 bpd → Kirkuk fields']);
  });
});
