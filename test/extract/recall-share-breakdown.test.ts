// The parts of a breakdown after its first part ("with Europe next at 25 percent", "Tarsk lifted
// its share to 20 percent" a sentence later) are parts of the same whole, for the same period;
// a flow stated as "of the crude shipped in May" is a flow whole too. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const derived = (text: string) =>
  extract(text, { published: '2031-06-18' }).figures.filter((f) => f.kind === 'derived').map((f) => Math.round(f.value));

describe('a breakdown of one whole', () => {
  it('gives each listed part', () => {
    expect(derived('Velmar shipped 500,000 bpd of crude in May. About 60 percent of the crude shipped in May went to Asia, with Europe next at 25 percent and Africa at 5 percent.')).toEqual([300000, 125000, 25000]);
  });

  it('goes on into the next sentence with a share of its own', () => {
    expect(derived('Velmar exported 400,000 bpd in March. Almost 50 percent of the oil exported in March went to Orlin. Tarsk, a newer buyer, lifted its share to 20 percent.')).toEqual([200000, 80000]);
  });

  it.each([
    // another period
    'Velmar exported 400,000 bpd in March. Almost 50 percent of the oil exported in March went to Orlin. Tarsk lifted its share to 20 percent in April.',
    // a share naming its own whole
    "Velmar exported 400,000 bpd in March. Almost 50 percent of the oil exported in March went to Orlin. Tarsk's share of the market was 20 percent.",
  ])('"%s" gives no second part', (text) => {
    expect(derived(text)).toEqual([200000]);
  });

  it('needs a first part with a known whole', () => {
    expect(derived('Tarsk lifted its share to 20 percent, with Orlin next at 10 percent.')).toEqual([]);
  });
});
