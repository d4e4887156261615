// Run-on text must cost time in proportion to its length: each figure looks at its neighbours,
// never at every other figure, name or time word of an endless sentence (the date rules that look
// back included).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const SHAPES: Record<string, (n: number) => string> = {
  'dated figures': (n) => 'on Monday 5 bpd '.repeat(n),
  'named figures': (n) => 'the Kirkuk fields pumped 5 bpd and '.repeat(n),
  'compared figures': (n) => '5 bpd, down from 6 bpd, '.repeat(n),
  'shares, fractions and rests': (n) => '9 bpd and 5 bpd came from Kirkuk, with Ceyhan making up the rest, a third of output, '.repeat(n),
  'multiples in words': (n) => 'output has halved since Monday to 5 bpd and doubled, '.repeat(n),
  // The date rules that look back (", when" clauses, "N of that", events the article dates).
  'when clauses': (n) => 'in July, when 5 bpd and '.repeat(n),
  'parts of that': (n) => 'in May 7 bpd, 5 bpd of that and '.repeat(n),
  'article events': (n) => 'the halt on March 25 cut 9 bpd, since the halt 5 bpd and '.repeat(n),
  // The rules that read the article once (a stoppage, a cut's start, a statement's day) and the
  // sentence's own words (a restart, "at the time it was shut").
  'halted flows': (n) => 'the line was shut on Monday and carries 5 bpd, 7 bpd at the time it was shut and '.repeat(n),
  'cut starts': (n) => 'producers agreed to cut 5 bpd from May 1 and a quota for May-June and '.repeat(n),
  'data days': (n) => '"as of Monday, output stands at 5 bpd and losses so far came to 7 bpd, the company said and '.repeat(n),
  'carried periods': (n) => 'Norland exports fell in April. Norland shipped 5 bpd. '.repeat(n),
};

describe('run-on sentences', () => {
  for (const [name, make] of Object.entries(SHAPES)) {
    it(`${name}: four times the text takes well under sixteen times as long`, { timeout: 60_000 }, () => {
      const time = (n: number) => {
        const t0 = performance.now();
        const r = extract(make(n), { published: '2017-10-24' });
        expect(r.figures.length).toBeGreaterThanOrEqual(n);
        return performance.now() - t0;
      };
      time(200); // warm up the JIT
      // The best of three runs of each size: a busy machine (CI, other tests in parallel) slows
      // single runs at random, and a pause landing on one run is not the algorithm's cost.
      const best = (n: number) => Math.min(time(n), time(n), time(n));
      const small = best(500);
      const large = best(2000);
      // Linear would be 4x; quadratic 16x. Allow noise from a busy machine.
      expect(large).toBeLessThan(Math.max(10 * small, 1500));
    });
  }
});
