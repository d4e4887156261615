// A level implied by "halved" is not derived again when the text stated it just before; when it
// did not, or stated another thing's level, it is. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const derived = (text: string) =>
  extract(text, { published: '2031-06-18' }).figures.filter((f) => f.kind === 'derived').map((f) => Math.round(f.value));

describe('a derived level already stated', () => {
  it('is not derived again', () => {
    expect(derived('Velmar shipped near 500,000 bpd before the strike. Shipments have halved since then, to some 250,000 bpd.')).toEqual([]);
  });

  it('is derived when the text never stated it', () => {
    expect(derived('Velmar shipments have halved since the strike, to some 250,000 bpd.')).toEqual([500000]);
  });

  it('is derived for a price even beside a close price of another benchmark', () => {
    expect(derived('Brent rose $4.00 to $104.00 a barrel on Monday. WTI gained $3.00 to $100.00.')).toEqual([100, 97]);
  });
});
