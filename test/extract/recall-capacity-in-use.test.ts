// A plant "running at 40 percent of capacity" or "at about half that rate", its capacity stated
// just before, runs at a level the text implies: the share of that capacity. The share is a
// figure too, written in digits or in words. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const read = (text: string) =>
  extract(text, { published: '2031-06-18' }).figures.filter((f) => f.kind === 'derived' || f.kind === 'share').map((f) => [f.kind, Math.round(f.value)]);

describe('the rate in use of a stated capacity', () => {
  it.each([
    ['The Torva upgrader, with capacity of 200,000 barrels a day, was running at about half that rate on Monday.', [['share', 50], ['derived', 100000]]],
    ['The Kestrel refinery can process 300,000 bpd. It has been running at roughly 60 percent of capacity since Friday.', [['share', 60], ['derived', 180000]]],
    ['The terminal has a capacity of 90,000 bpd and has been working at a quarter of its capacity.', [['share', 25], ['derived', 22500]]],
    ['The field pumped 80,000 bpd in May and is now producing at half that rate.', [['share', 50], ['derived', 40000]]],
  ])('"%s"', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // No capacity stated: the share alone.
    ['The depot operated at roughly 50% of capacity through most of the month.', [['share', 50]]],
    // A capacity two sentences back belongs to another plant.
    ['The Orlin plant has capacity of 120,000 bpd. Its crews were evacuated on Monday. The Velmar plant ran at half capacity.', [['share', 50]]],
    // A bare half with no capacity or rate after it is no figure.
    ['The operator said half the crews had returned.', []],
  ])('"%s" implies no level', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
