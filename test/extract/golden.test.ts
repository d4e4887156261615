// Golden files: test/fixtures/extract/<name>.txt (our own sentences, one phenomenon each) →
// <name>.expected.json beside it. On a mismatch the test writes <name>.actual.json next to it
// (gitignored) so a reviewer can diff the two, and prints the pipeline's debug notes.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFailed } from 'vitest';
import { extract } from '../../src/extract/index';

const DIR = join(import.meta.dirname, '../fixtures/extract');
const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4))
  .sort();

/**
 * The parts of a figure a reviewer checks; sentence and confidence are left out as noise, and so
 * is the series id, which is only subject × measure × unit × period basis (the measure has its
 * own hand-labelled cases).
 */
function view(name: string) {
  const text = readFileSync(join(DIR, `${name}.txt`), 'utf8');
  const optionsFile = join(DIR, `${name}.options.json`);
  const options = existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as { published?: string }) : {};
  const notes: string[] = [];
  const result = extract(text, { published: options.published ?? null, debug: (n) => notes.push(...n) });
  return {
    text,
    notes,
    actual: {
      published: result.published,
      publishedSource: result.publishedSource,
      figures: result.figures.map((f) => ({
        text: f.text,
        value: f.value,
        unit: f.unit,
        kind: f.kind,
        approx: f.approx,
        low: f.low,
        high: f.high,
        asOf: f.asOf,
        asOfTo: f.asOfTo,
        subject: f.subject,
        attribution: f.attribution,
        derivedFrom: f.derivedFrom,
        tags: f.tags,
        start: f.start,
        end: f.end,
      })),
    },
  };
}

describe('golden files', () => {
  it('has fixtures', () => {
    expect(names.length).toBeGreaterThan(10);
  });

  for (const name of names) {
    it(name, () => {
      const { text, notes, actual } = view(name);
      const actualFile = join(DIR, `${name}.actual.json`);
      const expectedFile = join(DIR, `${name}.expected.json`);
      onTestFailed(() => {
        writeFileSync(actualFile, `${JSON.stringify(actual, null, 2)}\n`);
        console.log(`${name}: wrote ${actualFile}; diff it against ${expectedFile}\n${notes.join('\n')}`);
      });
      // Every span must reproduce its text exactly, whatever the expected file says.
      for (const f of actual.figures) expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(existsSync(expectedFile), `${expectedFile} is missing; review ${actualFile} and rename it`).toBe(true);
      const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as unknown;
      expect(actual).toEqual(expected);
      rmSync(actualFile, { force: true });
    });
  }
});
