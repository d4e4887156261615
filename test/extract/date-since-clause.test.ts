// Time words closing a "since" clause after a figure say when the change began, not when the
// figure holds: "has fallen to 200,000 bpd since the strike began on Monday" holds now.
import { describe, expect, it } from 'vitest';
import { periodOf } from './figure-date';

describe('time words at the end of a "since" clause', () => {
  it.each([
    ['Exports have fallen to 210,000 bpd since the strike began on Monday.', 210000],
    ['Output has plunged by about 40% since rebels seized the port a week ago.', 40],
    ['Loadings have dropped to 95,000 bpd since the harbour was closed on May 2.', 95000],
  ])('keeps "%s" on the day it was told', (text, value) => {
    expect(periodOf(text, '2031-05-14', value)).toEqual(['2031-05-14', null]);
  });

  it('still dates a figure by time words after a break', () => {
    expect(periodOf('Output has recovered since the strike, reaching 300,000 bpd on Monday.', '2031-05-14', 300000)).toEqual(['2031-05-12', null]);
  });
});

describe('a volume still lost since an event', () => {
  it('keeps the day it was lost', () => {
    expect(periodOf('Some 60,000 bpd has been offline since the pipeline was damaged on May 3.', '2031-05-14', 60000)[0]).toBe('2031-05-03');
  });
});
