// A volume a stoppage took away was lost the day the article dates the stoppage, not the day it
// was reported or the day the story ran. Invented sentences; published Wednesday 2031-05-14.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const PUBLISHED = '2031-05-14';
const dated = (text: string) =>
  extract(text, { published: PUBLISHED }).figures.map((f) => [f.value, f.asOf, f.tags.filter((t) => t.startsWith('date:'))]);

describe('a loss in a story that dates its stoppage', () => {
  it.each([
    // Reported on Monday, lost on Friday.
    'Engineers stopped the Harlow line on Friday to repair a cracked valve. A provincial official said on Monday that the halt was cutting the country\'s output by 90,000 bpd.',
    // No time words at all in the loss's sentence.
    'The Kessel pipeline was shut on Friday. The outage cut the region\'s crude production by 90,000 bpd, the operator said.',
    'Pumping at the Marlow terminal halted on May 9. An explosion at the site knocked out about 90,000 bpd of exports.',
  ])('"%s" is lost on the day of the stoppage', (text) => {
    expect(dated(text)).toContainEqual([-90000, '2031-05-09', ['date:loss-at-halt']]);
  });

  it.each([
    // Its own time words date it.
    ['The Kessel pipeline was shut on Friday. The outage cut output by 90,000 bpd on Sunday.', '2031-05-11'],
    // The volume came back: not lost that day.
    ['The Kessel pipeline was shut on Friday. Output recovered by 90,000 bpd as repairs ended.', PUBLISHED],
    // No stoppage dated in the story.
    ['Saboteurs blew up the Kessel pipeline, cutting output by 90,000 bpd, the minister said.', PUBLISHED],
    // A fall that is no stoppage's.
    ['The Kessel pipeline was shut on Friday. Exports from the south fell 90,000 bpd as demand weakened.', PUBLISHED],
  ])('"%s" keeps its own date', (text, asOf) => {
    const f = extract(text, { published: PUBLISHED }).figures.find((g) => Math.abs(g.value) === 90000);
    expect(f?.asOf).toBe(asOf);
  });
});

describe('the audience between "told" and the day', () => {
  it.each([
    'The minister told state television on Monday that output had fallen to 410,000 bpd.',
    'The minister told the state news agency on Monday that output had fallen to 410,000 bpd.',
  ])('"%s" is when it was said', (text) => {
    const f = extract(text, { published: PUBLISHED }).figures[0];
    expect(f?.tags).not.toContain('date:weekday');
  });

  it('leaves a day told about after "told him" the figure\'s', () => {
    const f = extract('The engineer told him output fell to 410,000 bpd on Monday.', { published: PUBLISHED }).figures[0];
    expect(f?.asOf).toBe('2031-05-12');
  });
});
