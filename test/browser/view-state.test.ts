// The URL is the dashboard's state: what a link says must come back exactly, and junk must not
// break the page. Pure functions, no browser.
import { describe, expect, it } from 'vitest';
import { defaultState, parseState, serializeState } from '../../components/view-state';

describe('view state in the query string', () => {
  it('round-trips every field', () => {
    const s = {
      ...defaultState(),
      series: ['kurdistan-pipeline-flow-bbl-d', 'kirkuk-fields-production-bbl-d'],
      from: '2017-09-01',
      to: '2017-11-30',
      kinds: ['level', 'target'] as const,
      view: 'table' as const,
      compare: 'kurdistan-pipeline-flow-bbl-d',
      event: 'kirkuk-takeover',
      window: 14,
      doc: 3,
      fig: 17,
    };
    const text = serializeState({ ...s, kinds: [...s.kinds] });
    expect(text).toBe(
      '?series=kurdistan-pipeline-flow-bbl-d,kirkuk-fields-production-bbl-d&from=2017-09-01&to=2017-11-30&kinds=level,target&view=table' +
        '&compare=kurdistan-pipeline-flow-bbl-d&event=kirkuk-takeover&window=14&doc=3&fig=17',
    );
    expect(parseState(text)).toEqual({ ...s, kinds: ['level', 'target'] });
  });

  it('leaves defaults out, so a fresh view is a bare link', () => {
    expect(serializeState(defaultState())).toBe('');
    expect(parseState('')).toEqual(defaultState());
    // The default kinds in another order are still the default.
    expect(serializeState({ ...defaultState(), kinds: ['derived', 'share', 'level'] })).toBe('');
  });

  it('ignores malformed values instead of failing', () => {
    const s = parseState('?series=OK,bad id,,ok-2&from=17-10-2017&to=2017-10-31&kinds=level,bogus&window=0&view=pie&doc=x&fig=4&event=../etc');
    expect(s.series).toEqual(['ok-2']);
    expect(s.from).toBeNull();
    expect(s.to).toBe('2017-10-31');
    expect(s.kinds).toEqual(['level']);
    expect(s.window).toBe(30);
    expect(s.view).toBe('chart');
    expect(s.doc).toBeNull();
    expect(s.fig).toBeNull(); // a figure means nothing without its document
    expect(s.event).toBeNull();
  });

  it('keeps an explicitly empty kinds list (nothing drawn) apart from the default', () => {
    const s = parseState('?kinds=');
    expect(s.kinds).toEqual([]);
    expect(parseState(serializeState(s)).kinds).toEqual([]);
  });
});
