// A movement participle after a planned clause ("will start …, beginning at N and rising to M")
// goes on with that clause's plan; after an observed clause it stays observed. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const kinds = (text: string) => extract(text, { published: '2031-06-18' }).figures.map((f) => [f.value, f.kind]);

describe('a participle clause goes on with the plan before it', () => {
  it('takes "will" from the clause before, for both figures it holds', () => {
    const text = 'Westland will start shipping crude by rail within days, beginning at 12,000 barrels per day and rising to as much as 45,000 bpd, the ministry said.';
    expect(kinds(text)).toEqual([[12000, 'target'], [45000, 'target']]);
  });

  it('takes "would" from a planned level before it', () => {
    expect(kinds('Initial flows would be 70,000 to 80,000 bpd, rising to about 95,000 bpd.')).toEqual([[75000, 'target'], [95000, 'target']]);
  });

  it('tags the figure with the cue it carried', () => {
    const f = extract('The line would reopen next week, starting at 20,000 bpd.', { published: '2031-06-18' }).figures[0];
    expect(f?.tags).toContain('target:goes-on:would');
  });

  it('leaves a participle after an observed clause observed', () => {
    expect(kinds('Exports fell in May, dropping to 300,000 bpd.')).toEqual([[300000, 'level']]);
  });

  it('does not carry a plan into a clause that reports ("adding that")', () => {
    expect(kinds('The minister said talks would go on, adding that exports averaged 310,000 bpd in May.')).toEqual([[310000, 'level']]);
  });
});
