// Text that must produce nothing: distances, casualties, clock times, counts, ages, years,
// article numbers, phone numbers, ranks, vote shares. One case per line of the fixture.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFailed } from 'vitest';
import { extract } from '../../src/extract/index';

const lines = readFileSync(join(import.meta.dirname, '../fixtures/extract/negatives.txt'), 'utf8')
  .split('\n')
  .filter((l) => l.trim());

describe('negative cases', () => {
  for (const line of lines) {
    it(line, () => {
      const notes: string[] = [];
      const r = extract(line, { published: '2017-10-24', debug: (n) => notes.push(...n) });
      onTestFailed(() => console.log(notes.join('\n'), JSON.stringify(r.figures, null, 1)));
      expect(r.figures).toEqual([]);
    });
  }

  it('keeps the oil figure in a sentence full of distractors', () => {
    const r = extract('Some 30,000 residents fled 40 km north at 23:30, as flows fell to 200,000 bpd on Monday.', { published: '2017-10-24' });
    expect(r.figures.map((f) => [f.value, f.unit])).toEqual([[200000, 'bbl/d']]);
  });
});
