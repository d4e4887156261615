// A derived figure is a level the text implies and does not state. None is made when the
// sentence already states it, when the multiple is an open bound ("more than halved"), or when a
// share only places the figure before it in a larger whole. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const derived = (text: string, published = '2031-03-10') =>
  extract(text, { published }).figures.filter((f) => f.kind === 'derived').map((f) => [f.value, f.tags.find((t) => t.startsWith('derived:'))]);

describe('no derived figure where none is implied', () => {
  it('derives nothing from "half the N" when the half is stated in the sentence', () => {
    expect(derived('Shipments averaged about 140,000 bpd in February, roughly half the 280,000 bpd sent a year earlier.')).toEqual([]);
  });

  it('still derives the half when the sentence does not state it', () => {
    expect(derived('The field now pumps a third of the 240,000 bpd it pumped in January.')).toEqual([[80000, 'derived:fraction-of-figure']]);
  });

  it('derives nothing from "more than halved", an open bound', () => {
    expect(derived('Output has more than halved since the port closed on Monday, falling to 400,000 bpd on Friday from about 900,000 bpd.', '2031-03-09')).toEqual([]);
  });

  it('still derives the level before from a plain "halved since"', () => {
    expect(derived('Output has halved since the port closed on Monday, to 400,000 bpd on Friday.', '2031-03-09')).toContainEqual([800000, 'derived:multiple-since']);
  });

  it('derives no part from a share set off by a comma after its sentence\'s figure', () => {
    expect(derived('Before the outage the line moved about 1.8 million bpd of fuel to the north, roughly 30% of the region\'s supply.')).toEqual([]);
  });
});

describe('no part derived from a bound share', () => {
  it('derives nothing from "more than 80% of the volumes"', () => {
    expect(derived('Shipments averaged 1.2 million bpd in March. Eastland took more than 80% of the volumes.')).toEqual([]);
  });

  it('still derives the part of a plain share', () => {
    expect(derived('Shipments averaged 1.2 million bpd in March. Eastland took 80% of the March volumes.')).toContainEqual([960000, 'derived:share-of-earlier-figure']);
  });
});
