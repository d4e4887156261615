// A story's reporting period reaches later past-tense figures; a state "now" keeps the publication
// day. "Exports", "supplies", "costs" are nouns as often as verbs: followed by a preposition
// ("Exports through the pipeline") they are nouns and say nothing of "now". Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const dated = (text: string) => extract(text, { published: '2031-11-28' }).figures.map((f) => [f.value, f.asOf]);
const lead = 'The province exported 90 million barrels of crude in the first half of 2031, an audit showed. ';

describe('the story period after a noun that could be a verb', () => {
  it('reaches "Exports through the pipeline averaged N"', () => {
    expect(dated(`${lead}Exports through the pipeline averaged 497,000 barrels a day.`)).toContainEqual([497000, '2031-01-01']);
  });

  it('does not reach "the province exports about N", a state now', () => {
    expect(dated(`${lead}The province exports about 450,000 barrels a day.`)).toContainEqual([450000, '2031-11-28']);
  });
});
