// "Some 35 percent of that crude is pumped at two wells": the whole is the flow just named (up to
// three sentences back), so the part is derived from it. With no flow named just before, the share stays alone. Invented.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const derived = (text: string) =>
  extract(text, { published: '2031-06-18' }).figures.filter((f) => f.kind === 'derived').map((f) => Math.round(f.value));

describe('a share of the flow just named', () => {
  it('gives the part', () => {
    expect(derived('The line pumped close to 500,000 barrels a day on Monday. Some 35 percent of that crude is pumped at two northern wells.')).toEqual([175000]);
  });

  it.each([
    'Some 35 percent of that crude is pumped at two northern wells.',
    'The line pumped 500,000 barrels a day in May. Talks went on. Ministers met. Nothing changed. Some 35 percent of that crude is pumped at two wells.',
  ])('"%s" gives none', (text) => {
    expect(derived(text)).toEqual([]);
  });
});
