// Hostile article shapes for the extractor: what one POST /api/documents (up to 5 MB) could make
// the server do. Time and output must stay roughly linear in the input, or a small body ties up
// the CPU for minutes and a response or a database row balloons to gigabytes.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const CASES: Record<string, string> = {
  // Many figures in one endless sentence (no full stop anywhere).
  'percent list': '5% '.repeat(6000),
  'comma list': 'About 300,000 bpd, some 1.2 million barrels per day, $58 a barrel, 40 percent of exports, '.repeat(250),
  'and-chain': 'flows through the Kirkuk pipeline rose 5,000 bpd and '.repeat(400),
  // Shapes that stress the number and unit patterns themselves.
  'comma run': '1,'.repeat(50_000),
  'digit run': '1'.repeat(100_000),
  'dot run': '1.'.repeat(50_000),
  'dash run': '1-2-'.repeat(30_000),
  'between chain': 'between 1 and '.repeat(8_000),
  'whitespace then a figure': `${' '.repeat(100_000)}Flows were 5 barrels per day.`,
  'one long word': 'a'.repeat(200_000),
  'parentheses': `${'('.repeat(50_000)}5 bpd${')'.repeat(50_000)}`,
};

describe('extract on hostile shapes', () => {
  for (const [name, text] of Object.entries(CASES)) {
    it(`${name} (${Math.round(text.length / 1024)} KB): finishes, and output bounded by the input`, { timeout: 60_000 }, () => {
      // The test's timeout is the hang guard (these shapes once took minutes); how fast the
      // extractor is belongs to `npm run bench`, and linear growth to test/extract/linear.test.ts.
      const result = extract(text, { published: '2017-10-16' });
      const sentenceChars = result.figures.reduce((n, f) => n + f.sentence.length, 0);
      // Linear: each figure carries a bounded stretch of words, not its whole run-on sentence.
      expect(sentenceChars, `${result.figures.length} figures carry ${sentenceChars} sentence characters`).toBeLessThan(400 * text.length);
      expect(Math.max(0, ...result.figures.map((f) => f.sentence.length))).toBeLessThanOrEqual(2000);
      for (const f of result.figures) expect(text.slice(f.start, f.end)).toBe(f.text);
    });
  }
});
