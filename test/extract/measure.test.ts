// The measure model: the committed weights are what `npm run fit` makes from the labelled set,
// the fit generalises across articles, and the decision does what the series layer needs
// (one subject, two measures → two series). Sentences are our own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, type Figure } from '../../src/extract/index';
import { fit, leaveOneArticleOut, serialize } from '../../src/extract/measure/fit';
import { loadExamples } from '../../scripts/fit';

const MODEL = join(import.meta.dirname, '../../data/models/measure.json');

// Measured 0.852 with 102 articles and 405 figures (0.85-0.86 across fit settings; it was 0.86-0.89
// on smaller sets, before harder cases were added). Below this floor the features or the labels got
// worse, not just noisier.
const LOAO_FLOOR = 0.83;

describe('fitted measure model', () => {
  const { examples, missed } = loadExamples();

  it('finds a figure for every label in the labelled set', () => {
    expect(missed).toEqual([]);
    expect(examples.length).toBeGreaterThanOrEqual(250);
    expect(new Set(examples.map((e) => e.article)).size).toBeGreaterThanOrEqual(40);
  });

  it('is exactly what npm run fit writes from the labelled set', () => {
    expect(serialize(fit(examples))).toBe(readFileSync(MODEL, 'utf8'));
  });

  it(`decides at least ${LOAO_FLOOR} of figures right in articles it was not fitted on`, () => {
    expect(leaveOneArticleOut(examples).accuracy).toBeGreaterThanOrEqual(LOAO_FLOOR);
  }, 60_000);
});

const figures = (text: string) => extract(text, { published: '2026-02-10' }).figures;
const at = (fs: Figure[], text: string) => {
  const f = fs.find((x) => x.text === text);
  expect(f, `no figure "${text}" in ${fs.map((x) => x.text).join(' | ')}`).toBeDefined();
  return f as Figure;
};

describe('measure and per through extract()', () => {
  it('puts exports and output of one country in two series', () => {
    const fs = figures('Iraq exported 3.41 million bpd in January, the ministry said. Iraq produced 4.28 million bpd in the same month, a survey found.');
    const exported = at(fs, '3.41 million bpd');
    const produced = at(fs, '4.28 million bpd');
    expect(exported.measure).toBe('exports');
    expect(produced.measure).toBe('production');
    expect(exported.subject).toBe(produced.subject);
    expect(exported.series).not.toBe(produced.series);
  });

  it('keeps a monthly income and a debt of the same government apart', () => {
    const fs = figures('The KRG took in $540 million a month from crude sales last year. The KRG still owes producers about $1.2 billion.');
    const revenue = at(fs, '$540 million');
    const debt = at(fs, '$1.2 billion');
    expect(revenue).toMatchObject({ measure: 'revenue', per: 'month' });
    expect(debt).toMatchObject({ measure: 'debt', per: null });
    expect(revenue.series).not.toBe(debt.series);
  });

  it('gives a derived level the measure of the figure it comes from', () => {
    const fs = figures('Flows through the Kurdistan pipeline rose by 40,000 bpd on Monday to 330,000 bpd.');
    const level = at(fs, '330,000 bpd');
    const derived = fs.find((f) => f.kind === 'derived');
    expect(level.measure).toBe('flow');
    expect(derived?.value).toBe(290000);
    expect(derived?.measure).toBe(level.measure);
  });

  // Known failure: the whole implied by a part and its share ("N bpd, 40 percent of exports") takes
  // the part's measure, because derive() sees the two figures but not the words the share is of.
  it.fails('gives the whole implied by a share the measure the share is of', () => {
    const fs = figures('The two fields pump some 200,000 bpd, 40 percent of the region\'s exports.');
    expect(fs.find((f) => f.kind === 'derived')?.measure).toBe('exports');
  });

  it('keeps the exact rules: a price per barrel is a price, a part of a whole a share', () => {
    const fs = figures('Brent rose to $71.20 a barrel on Friday. The field supplies 35 percent of exports.');
    expect(at(fs, '$71.20 a barrel').measure).toBe('price');
    expect(at(fs, '35 percent').measure).toBe('share');
  });

  it('reads the period basis from the words before or after a sum, never from a time back', () => {
    const fs = figures(
      'The ministry spends IQD 850 billion monthly on wages. Its annual budget of $98 billion was passed in May. Revenue was $5.1 billion, up from $4.8 billion a year earlier.',
    );
    expect(at(fs, 'IQD 850 billion').per).toBe('month');
    expect(at(fs, '$98 billion').per).toBe('year');
    expect(at(fs, '$4.8 billion').per).toBeNull();
  });
});
