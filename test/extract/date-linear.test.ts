// The date rules that look back (", when" clauses, "N of that", events the article dates) must
// stay linear on run-on text too: each looks at a bounded neighbourhood, never at every earlier
// time word or figure of an endless sentence.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const SHAPES: Record<string, (n: number) => string> = {
  'when clauses': (n) => 'in July, when 5 bpd and '.repeat(n),
  'parts of that': (n) => 'in May 7 bpd, 5 bpd of that and '.repeat(n),
  'article events': (n) => 'the halt on March 25 cut 9 bpd, since the halt 5 bpd and '.repeat(n),
};

describe('run-on sentences and the date rules', () => {
  for (const [name, make] of Object.entries(SHAPES)) {
    it(`${name}: four times the text takes well under sixteen times as long`, { timeout: 60_000 }, () => {
      const time = (n: number) => {
        const t0 = performance.now();
        const r = extract(make(n), { published: '2017-10-24' });
        expect(r.figures.length).toBeGreaterThanOrEqual(n);
        return performance.now() - t0;
      };
      time(200);
      const small = time(500);
      const large = time(2000);
      expect(large).toBeLessThan(Math.max(10 * small, 1500));
    });
  }
});
