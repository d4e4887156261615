// Known events (data/events.json) are the user's list, not the extractor's memory: "before the
// vote" is the Kurdish referendum only in a story about Kurdistan published in the year after it.
// Elsewhere the article's own words date the figure, or the publication day does.
import { describe, expect, it } from 'vitest';
import { defaultEvents, extract } from '../../src/extract/index';
import { eventInScope } from '../../src/extract/dates/event-scope';

const asOf = (text: string, published: string, value: number) => extract(text, { published }).figures.find((f) => f.value === value)?.asOf;

const takeover = defaultEvents.find((e) => e.id === 'kirkuk-takeover')!;

describe('an event alias names the event only in its own stories', () => {
  // Invented copy: a 2025 Gulf story with a vote and a takeover of its own.
  const unrelated =
    'Kuwait Petroleum said its refinery at Mina Abdullah was processing 270,000 bpd on Monday. ' +
    'Before the vote the shareholders were told the plant ran 310,000 bpd. ' +
    'Output at the fields stood at 95,000 bpd before the takeover, the new owner said.';

  it('an unrelated 2025 story gets no 2017 dates', () => {
    const figures = extract(unrelated, { published: '2025-06-11' }).figures;
    expect(figures.map((f) => f.value)).toEqual(expect.arrayContaining([270000, 310000, 95000]));
    for (const f of figures) expect(f.asOf?.startsWith('2017')).toBe(false);
  });

  const kirkuk = 'Bai Hassan pumped 120,000 bpd on Tuesday. The Kirkuk fields had produced 370,000 bpd before the takeover, an engineer said.';

  it('a Kirkuk story of November 2017 still means the takeover', () => {
    expect(asOf(kirkuk, '2017-11-08', 370000)).toBe('2017-10-15');
  });

  it('a Kirkuk story a year and a half later does not', () => {
    expect(asOf(kirkuk, '2019-04-20', 370000)).not.toBe('2017-10-15');
  });

  it('a story published before the event cannot look back on it', () => {
    expect(asOf(kirkuk, '2017-09-30', 370000)).not.toBe('2017-10-15');
  });

  it('a Kirkuk story with no publication date still means the takeover', () => {
    expect(extract(kirkuk, { published: null }).figures.find((f) => f.value === 370000)?.asOf).toBe('2017-10-15');
  });

  it('a story that dates the event itself is read by its own date', () => {
    const s = 'The Ceyhan line carried 410,000 bpd before the takeover on March 3, 2021, the operator said.';
    expect(asOf(s, '2021-05-02', 410000)).toBe('2021-03-02');
  });
});

describe('eventInScope', () => {
  const kurdish = 'Peshmerga units withdrew from the oilfields.';
  it.each([
    ['2017-10-16', true],
    ['2018-10-16', true],
    ['2018-10-17', false],
    ['2017-10-15', false],
  ])('a Kurdish story of %s: %s', (published, yes) => {
    expect(eventInScope(takeover, kurdish, published)).toBe(yes);
  });

  it('needs one of the event\'s names as a word', () => {
    expect(eventInScope(takeover, 'The Kirkukian dance troupe toured.', '2017-11-01')).toBe(false);
    expect(eventInScope(takeover, 'Oil stocks rose in Texas.', '2017-11-01')).toBe(false);
  });

  it('with no publication day, the names alone decide', () => {
    expect(eventInScope(takeover, kurdish, null)).toBe(true);
  });
});
