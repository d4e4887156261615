// A lead states the news without a day; the paragraphs after it restate the figure with the day
// its source spoke. The lead's figure is the same report and holds on that day.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const datesOf = (text: string, published: string, value: number) =>
  extract(text, { published }).figures.filter((f) => Math.abs(f.value) === value).map((f) => f.asOf);

describe('a lead restated with its day', () => {
  it.each([
    [
      'Gabon has lifted crude output to more than 200,000 barrels a day, a two-year high.\n\nThe country had struggled after a strike. On Thursday the oil ministry said production now exceeds the 200,000-barrel mark.',
      200000,
    ],
    [
      'The dock strike has cost exporters an estimated $45m since it began, the port authority says.\n\nLoadings have been halted at three berths, and the stoppage has cost shippers an estimated $45m since workers walked out, the authority said in a statement on Thursday.',
      45e6,
    ],
    [
      'Refinery runs in Ruritania slumped to 310,000 bpd.\n\nOn Thursday the state refiner said runs are now at 310,000 bpd after a fire.',
      310000,
    ],
  ])('dates the lead of "%s" on the statement\'s day', (text, value) => {
    expect(datesOf(text, '2031-04-12', value)).toEqual(['2031-04-10', '2031-04-10']);
  });

  it('does not reach past a few sentences', () => {
    const text = 'Output stands at 2 million bpd.\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nOn Thursday the ministry said output was 2 million bpd.';
    expect(datesOf(text, '2031-04-12', 2e6)[0]).toBe('2031-04-12');
  });

  it('does not take the day of another kind of figure with the same value', () => {
    const text = 'The group plans to pump 500,000 bpd.\n\nOn Thursday the ministry said output had risen by 500,000 bpd.';
    const f = extract(text, { published: '2031-04-12' }).figures.find((g) => g.kind === 'target');
    expect(f?.asOf).not.toBe('2031-04-10');
  });
});
