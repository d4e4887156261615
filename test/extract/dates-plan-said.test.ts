// A plan holds from when it was made known, and a sum a court sets from the day it ruled.
// Invented copy.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const dated = (text: string, published: string) =>
  extract(text, { published }).figures.map((f) => [f.value, f.kind, f.asOf, f.tags.filter((t) => t.startsWith('date:')).at(-1)]);

describe('a plan said on a day', () => {
  it.each([
    ['Norland has agreed to send up to 55,000 bpd of crude to Vesk by truck, its energy minister said on Sunday.', 55000, '2031-12-14'],
    ['Norland will keep about 50,000 bpd for its own refineries, the ministry said on Sunday.', 50000, '2031-12-14'],
  ])('"%s" holds from then', (text, value, asOf) => {
    expect(dated(text, '2031-12-16').find((r) => r[0] === value)?.slice(1)).toEqual(['target', asOf, 'date:plan-said']);
  });

  it('keeps a start the article gives, a deadline of its own, and a facility\'s size', () => {
    expect(dated('The ministry aims to raise output to 1 million bpd by the end of 2035, the minister said on Sunday.', '2031-12-16')[0]?.[3]).not.toBe('date:plan-said');
    expect(dated('Norland shut its 180,000 bpd Vesk pipeline after a spill, the operator said on Monday.', '2031-12-17').find((r) => r[0] === 180000)?.[3]).not.toBe('date:plan-said');
  });

  it('a plan said today is dated today', () => {
    expect(dated('Norland aims to export 500,000 bpd, the minister said on Tuesday.', '2031-12-16')[0]?.[2]).toBe('2031-12-16');
  });
});

describe('a sum a court set when it ruled', () => {
  it('"ruled on Thursday … the tribunal ordered" dates the award Thursday', () => {
    const text = 'An arbitration court ruled on Thursday that Norland had breached the treaty. The tribunal ordered Norland to pay about $1.7 billion in compensation.';
    expect(dated(text, '2031-03-22')[0]?.[2]).toBe('2031-03-20');
  });

  it('but not a sum in a sentence that does not refer back to the court', () => {
    const text = 'The court ruled on Thursday. Norland will pay $2 billion for new pipes, officials said.';
    expect(dated(text, '2031-03-22')[0]?.[2]).toBe('2031-03-22');
  });
});

describe('a plan decided in a month the sentence opens with', () => {
  it('"In April it agreed to advance …" is April\'s, not next April\'s', () => {
    expect(dated('In April it agreed to advance $0.8 billion for crude.', '2031-10-20')[0]?.[2]).toBe('2031-04-01');
  });

  it('not a month that only starts the plan, nor one a later clause\'s decision follows', () => {
    expect(dated('In February the company plans to raise output to 90,000 bpd.', '2031-10-20')[0]?.[2]).toBe('2032-02-01');
    expect(dated('The alliance will probably lift output by 142,000 bpd in December, matching the rise it agreed for November.', '2031-10-20')[0]?.[2]).toBe('2031-12-01');
  });
});
