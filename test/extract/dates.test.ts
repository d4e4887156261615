// Dates against a publication day. Where we resolve time words ourselves instead of with
// chrono-node, the chrono tests below show what chrono does with the same words, so the reason
// stays checkable: news reports the past, chrono picks the nearest date in either direction.
import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { findTimes, resolveTime } from '../../src/extract/dates/time-expr';
import { findPublished } from '../../src/extract/dates/published';
import { defaultEvents, extract } from '../../src/extract/index';

function resolve(phrase: string, ref: string, future = false) {
  const t = findTimes(phrase, 0, phrase.length, defaultEvents)[0];
  expect(t, `no time words found in "${phrase}"`).toBeDefined();
  return t ? resolveTime(t.spec, ref, future) : null;
}

describe('time words against 2017-10-23 (a Monday)', () => {
  const ref = '2017-10-23';
  it.each([
    ['on Thursday', '2017-10-19', null],
    ['on Monday', '2017-10-23', null],
    ['yesterday', '2017-10-22', null],
    ['last week', '2017-10-16', '2017-10-22'],
    ['this week', '2017-10-23', '2017-10-23'],
    ['over the weekend', '2017-10-21', '2017-10-22'],
    ['in September', '2017-09-01', '2017-09-30'],
    ['last month', '2017-09-01', '2017-09-30'],
    ['earlier this month', '2017-10-01', '2017-10-22'],
    ['in the first week of October', '2017-10-01', '2017-10-07'],
    ['on Oct. 17', '2017-10-17', null],
    ['before the takeover', '2017-10-15', null],
    ['before the referendum', '2017-09-24', null],
    ['before Monday', '2017-10-22', null],
    ['in the week to Friday', '2017-10-14', '2017-10-20'],
  ])('%s → %s', (phrase, asOf, asOfTo) => {
    expect(resolve(phrase, ref)).toMatchObject({ asOf, asOfTo });
  });

  it('puts a month named in a plan in the future, and a reported one in the past', () => {
    expect(resolve('in January', '2017-12-06', true)).toMatchObject({ asOf: '2018-01-01', asOfTo: '2018-01-31' });
    expect(resolve('in January', '2017-12-06', false)).toMatchObject({ asOf: '2017-01-01' });
    expect(resolve('by the end of the year', '2017-10-31', true)).toMatchObject({ asOf: '2017-10-31', asOfTo: '2017-12-31' });
  });

  it('marks speech dates and comparison bases so they never date a figure', () => {
    const s = 'Flows fell from Monday\'s level, an official said on Tuesday, and have risen since Friday.';
    expect(findTimes(s, 0, s.length, defaultEvents).map((t) => [t.text, t.role])).toEqual([
      ["from Monday's", 'base'],
      ['on Tuesday', 'speech'],
      ['since Friday', 'since'],
    ]);
  });
});

describe('what chrono-node would have said (why weekdays and weeks are ours)', () => {
  const ref = new Date(Date.UTC(2017, 9, 23, 12)); // Monday 23 Oct 2017
  const day = (d: Date | null) => d?.toISOString().slice(0, 10);

  it('takes "Thursday" as the coming Thursday, not the one just reported', () => {
    expect(day(chrono.en.casual.parseDate('on Thursday', { instant: ref, timezone: 0 }))).toBe('2017-10-26');
    expect(resolve('on Thursday', '2017-10-23')?.asOf).toBe('2017-10-19');
  });

  it('takes "last week" as one day seven days back, not the Monday-to-Sunday week', () => {
    expect(day(chrono.en.casual.parseDate('last week', { instant: ref, timezone: 0 }))).toBe('2017-10-16');
    expect(resolve('last week', '2017-10-23')).toMatchObject({ asOf: '2017-10-16', asOfTo: '2017-10-22' });
  });

  it('takes "Jan 5" in an October story as next January; reported figures mean the last one', () => {
    expect(day(chrono.en.casual.parseDate('Jan 5', { instant: ref, timezone: 0 }))).toBe('2018-01-05');
    expect(resolve('on Jan 5', '2017-10-23')?.asOf).toBe('2017-01-05');
  });
});

describe('publication dates', () => {
  it('prefers the manifest, then a dateline, else unknown', () => {
    expect(findPublished('ERBIL, Iraq, Oct 18, 2017 (Reuters) - text', '2017-10-19')).toMatchObject({ published: '2017-10-19', source: 'manifest' });
    expect(findPublished('ERBIL, Iraq, Oct 18, 2017 (Reuters) - text', null)).toMatchObject({ published: '2017-10-18', source: 'dateline' });
    expect(findPublished(' date 2017-10-15 BAGHDAD: text', null)).toMatchObject({ published: '2017-10-15', source: 'dateline' });
    expect(findPublished('2018-01-10 — Oil exports', null)).toMatchObject({ published: '2018-01-10', source: 'dateline' });
    expect(findPublished('No date here at all.', null)).toMatchObject({ published: null, source: 'unknown' });
  });

  it('infers a wire dateline\'s missing year from the years the story mentions', () => {
    expect(findPublished('KIRKUK, Iraq, Oct 17 (Newswire) - Since 2014 the fields …', null)).toMatchObject({ published: '2014-10-17', source: 'inferred' });
  });

  it('leaves figures undated when the document is', () => {
    const r = extract('The Kurdish pipeline carried 500,000 bpd on Monday.');
    expect(r.publishedSource).toBe('unknown');
    expect(r.figures.map((f) => f.asOf)).toEqual([null]);
  });
});
