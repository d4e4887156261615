// Reading many series at once, without a browser: which series share a chart, log and index
// values, each series' own colour/dash/marker, source kinds, and links the page cannot use.
import { describe, expect, it } from 'vitest';
import type { Point, SeriesResponse } from '../../src/api/types';
import { chartSeries, documentsOf } from '../../src/api/chart-view';
import { SOURCE_KINDS, sourceKind } from '../../src/series/source-kind';
import { buildDatasets } from '../../components/chart-data';
import { groupSeries } from '../../components/chart-groups';
import type { ViewData } from '../../components/view-data';
import { SERIES_SLOTS, seriesDash, seriesMarker, type ChartTheme } from '../../components/chart-theme';
import { cleanSearch, urlProblems } from '../../components/url-problems';
import { parseState, serializeState } from '../../components/view-state';
import { ARCHIVE_SOURCES } from '../support/archive-articles';
import { FIXTURE, summaryOf } from './fixtures/api-fixture';

const theme: ChartTheme = { text: '#000', muted: '#555', grid: '#ccc', event: '#80f', surface: '#fff', series: ['#0072b2', '#d55e00'] };

/** A series response built from fixture points re-labelled as another series. */
function response(id: string, measure: string, unit: Point['unit'], kind: Point['kind'], values: number[], source = 'Meridian Wire'): SeriesResponse {
  const base = FIXTURE.points[0]!;
  const points = values.map((value, i) => ({
    ...base,
    id: 1000 + i,
    series: id,
    unit,
    kind,
    measure: measure as Point['measure'],
    value,
    asOf: `2019-01-${String(i + 1).padStart(2, '0')}`,
    asOfTo: null,
    observation: `${id}-${i}`,
    document: { ...base.document, id: 500 + i, source },
  }));
  const summary = { ...summaryOf(base.series, FIXTURE.points), id, label: `${id} label`, unit, measure: measure as Point['measure'], per: null };
  return { series: summary, points, observations: points.map((p) => ({ id: p.observation, asOf: p.asOf, asOfTo: null, days: 1, value: p.value, low: null, high: null, kind: p.kind, figures: [p.id], documents: [p.document.id], disagrees: [] })) } as unknown as SeriesResponse;
}

/** The trends' data for these series, as the table view reads it: the light answer and the reports. */
function view(reports: SeriesResponse[]): ViewData {
  return {
    charts: { series: reports.map((r) => chartSeries(r.series, r.points, r.observations)), documents: documentsOf(reports.flatMap((r) => r.points)) },
    reports,
  };
}

describe('charts per measure and unit', () => {
  it('puts shares and percentage changes on separate charts, and shows a series of changes alone', () => {
    const shares = response('kurdistan-share-pct', 'share', '%', 'share', [12, 13]);
    const changes = response('iraq-exports-pct', 'exports', '%', 'change', [-4, 2.5]);
    const groups = groupSeries(view([shares, changes]), ['level', 'share', 'derived']);
    expect(groups.map((g) => g.key)).toEqual(['share-pct', 'exports-pct']);
    const onlyChanges = groups[1]!;
    // Changes are off by default, yet a series with nothing else shows them instead of "No figures".
    expect(onlyChanges.kinds).toEqual(['change']);
    expect(onlyChanges.group[0]!.observations.map((o) => o.value)).toEqual([-4, 2.5]);
    expect(onlyChanges.points.map((p) => p.value)).toEqual([-4, 2.5]);
    expect(groups[0]!.kinds).not.toContain('change');
  });
});

describe('log and index', () => {
  const big = response('opec-production-bbl-d', 'production', 'bbl/d', 'level', [32_000_000, 30_000_000]);
  const small = response('taq-taq-production-bbl-d', 'production', 'bbl/d', 'level', [20_000, 25_000]);
  const data = groupSeries(view([big, small]), ['level'])[0]!.group;
  const ids = data.map((s) => s.summary.id);

  it('rebases every series to 100 at the chosen day', () => {
    const sets = buildDatasets(data, ['level'], theme, (id) => ids.indexOf(id), { axis: 'index', indexAt: '2019-01-01' });
    expect(sets.map((s) => s.data.map((c) => Math.round(c.y * 10) / 10))).toEqual([[100, 93.8], [100, 125]]);
    // The reported value stays with the point for the evidence.
    expect(sets[1]!.data[1]!.value).toBe(25_000);
  });

  it('indexes at the first value after a day without one, and drops changes', () => {
    const sets = buildDatasets(data, ['level', 'change'], theme, (id) => ids.indexOf(id), { axis: 'index', indexAt: '2018-06-01' });
    expect(sets[0]!.data[0]!.y).toBe(100);
    expect(sets).toHaveLength(2);
  });

  it('leaves zero and negative values off a log axis', () => {
    const odd = groupSeries(view([response('x-flow-bbl-d', 'flow', 'bbl/d', 'level', [0, 5, -1])]), ['level'])[0]!.group;
    const [line] = buildDatasets(odd, ['level'], theme, () => 0, { axis: 'log' });
    expect(line!.data.map((c) => c.y)).toEqual([5]);
  });
});

describe('twelve series told apart', () => {
  it('gives twelve series twelve different (colour slot, dash, marker) and (dash, marker) pairs', () => {
    const pairs = new Set<string>();
    for (let i = 0; i < 12; i++) pairs.add(`${seriesDash(i).join('-')}|${seriesMarker(i)}`);
    expect(SERIES_SLOTS).toBe(12);
    expect(pairs.size).toBe(12);
  });
});

describe('source kinds', () => {
  it('reads the kind from the name, and every archive source gets the kind it was written as', () => {
    for (const s of ARCHIVE_SOURCES) expect(sourceKind(s.name), s.name).toBe(s.kind);
    expect(sourceKind('Iraqi Oil Ministry')).toBe('ministry');
    expect(sourceKind('Kpler')).toBe('tanker-tracker');
    expect(sourceKind('Rosneft Oil Company')).toBe('company');
    expect(sourceKind('Reuters')).toBe('wire');
    expect(sourceKind(null)).toBe('wire');
    expect(SOURCE_KINDS).toHaveLength(4);
  });
});

describe('links the page cannot use', () => {
  it('names each bad part, and the clean link keeps the rest', () => {
    const search = '?series=opec-production-bbl-d,BAD!&from=2019-02-30&to=2019-05-01&every=year&kinds=level,bogus&log=production-bbl-d';
    expect(urlProblems(search).map((p) => `${p.param}=${p.value}`)).toEqual(['from=2019-02-30', 'series=BAD!', 'kinds=bogus', 'every=year']);
    const clean = cleanSearch(search);
    expect(clean).toBe('?series=opec-production-bbl-d&to=2019-05-01&kinds=level&log=production-bbl-d');
    expect(urlProblems(clean)).toEqual([]);
  });

  it('drops the end of a reversed range, which the API would refuse', () => {
    const search = '?from=2020-01-01&to=2019-01-01';
    expect(urlProblems(search)[0]!.message).toContain('before the start');
    expect(cleanSearch(search)).toBe('?from=2020-01-01');
  });

  it('keeps frequency, axes, index days and sources in the URL', () => {
    const s = { ...parseState(''), every: 'month' as const, log: ['production-bbl-d'], index: { 'exports-bbl-d': '2019-01-01' }, sources: ['ministry' as const, 'wire' as const] };
    const text = serializeState(s);
    expect(text).toBe('?every=month&log=production-bbl-d&index=exports-bbl-d:2019-01-01&sources=ministry,wire');
    expect(parseState(text)).toEqual(s);
  });
});
