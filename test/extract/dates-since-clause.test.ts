// "since the two lines broke last Tuesday": a "since" clause starts a running period whatever
// happened then, and a level a move reached since then holds now — on the day the source spoke
// when it spoke in the present perfect. Invented sentences.
import { describe, expect, it } from 'vitest';
import { findTimes } from '../../src/extract/dates/time-expr';
import { defaultEvents, extract } from '../../src/extract/index';

const roles = (s: string) => findTimes(s, 0, s.length, defaultEvents).map((t) => [t.text, t.role]);
const dated = (text: string, published: string) =>
  extract(text, { published }).figures.filter((f) => f.kind === 'level').map((f) => [f.value, f.asOf, f.asOfTo]);

describe('a "since" clause', () => {
  it.each([
    ['output has slipped since the two lines broke last Tuesday', 'last Tuesday'],
    ['stocks have grown since the refinery restarted on March 3', 'on March 3'],
    ['the bank has eroded since the falls collapsed in February', 'in February'],
    ['output has recovered since rebels took the fields in 2024', 'in 2024'],
  ])('"%s" starts a period', (s, words) => {
    expect(roles(s)).toEqual([[words, 'since']]);
  });

  it('keeps a "before" clause about something other than a stoppage as it was', () => {
    expect(roles('before talks began on Monday')).toEqual([['on Monday', 'time']]);
  });
});

describe('a plan beside a "since" clause', () => {
  it('is not dated by the month the clause started', () => {
    const text = 'The Corve line, which can carry 360,000 barrels a day, has been at risk since the falls upstream collapsed in February.';
    expect(dated(text, '2031-04-15')).not.toContainEqual([360000, '2032-02-01', expect.anything()]);
    expect(extract(text, { published: '2031-04-15' }).figures.map((f) => f.asOf)).toEqual(['2031-04-15']);
  });
});

describe('a level reached since a day', () => {
  it('holds on the day the source spoke, not on the day the move began', () => {
    const text = 'Dorvan crude output has dropped 40% to about 210,000 barrels a day since both export lines ruptured last Tuesday, the state company said on Sunday.';
    expect(dated(text, '2031-04-15')).toEqual([[210000, '2031-04-13', null]]);
  });

  it('without a day of saying, holds on the publication day', () => {
    const text = 'Dorvan crude output has fallen to about 210,000 barrels a day since both export lines ruptured last Tuesday.';
    expect(dated(text, '2031-04-15')).toEqual([[210000, '2031-04-15', null]]);
  });
});
