// How the charts' answer becomes chart datasets: what is drawn, what is kept apart, and that
// disagreeing reports are never merged. Pure functions, no browser.
import { describe, expect, it } from 'vitest';
import { chartSeries, documentsOf } from '../../src/api/chart-view';
import { observed } from '../../src/api/observed';
import type { Point } from '../../src/api/types';
import type { ChartTheme } from '../../components/chart-theme';
import { buildDatasets, conflictsOf, describeChart, type ChartPoint, type SeriesData } from '../../components/chart-data';
import { FIXTURE, summaryOf } from './fixtures/api-fixture';

const theme: ChartTheme = { text: '#000', muted: '#555', grid: '#ccc', event: '#80f', surface: '#fff', series: ['#0072b2', '#d55e00'] };
const PIPE = 'kurdistan-pipeline-flow-bbl-d';
const pipePoints = FIXTURE.points.filter((p) => p.series === PIPE);

/** A series as the charts get it (GET /api/chart-data), built from reports as the server builds it. */
function light(id: string, points: Point[]): SeriesData {
  const { points: reports, observations } = observed(points);
  const s = chartSeries(summaryOf(id, FIXTURE.points), reports, observations);
  return { summary: s.series, observations: s.observations, reference: s.reference, documents: new Map(documentsOf(points).map((d) => [d.id, d])) };
}

const series = [light(PIPE, pipePoints)];

function values(data: ChartPoint[]): number[] {
  return data.map((d) => d.y);
}

describe('chart datasets', () => {
  it('draws levels, shares and derived points on the line, and keeps targets off it', () => {
    const [line, ...rest] = buildDatasets(series, ['level', 'share', 'derived'], theme, () => 0);
    expect(rest).toEqual([]);
    expect(line!.data.map((d) => d.o.kind).sort()).toEqual(['derived', 'level', 'level', 'level', 'level']);
    expect(line!.data.some((d) => d.o.kind === 'target')).toBe(false);
    // Sorted by date for decimation.
    expect(line!.data.map((d) => d.x)).toEqual([...line!.data.map((d) => d.x)].sort((a, b) => a - b));
  });

  it('draws targets, when asked, as a separate dataset without a line', () => {
    const sets = buildDatasets(series, ['level', 'target'], theme, () => 0);
    expect(sets).toHaveLength(2);
    expect(sets[1]!.label).toContain('targets');
    expect(sets[1]!.showLine).toBe(false);
    expect(values(sets[1]!.data)).toEqual([1_000_000]);
    expect(values(sets[0]!.data)).not.toContain(1_000_000);
  });

  it('keeps both of two disagreeing reports for one day', () => {
    const [line] = buildDatasets(series, ['level'], theme, () => 0);
    const day = line!.data.filter((d) => d.o.asOf === '2017-10-17');
    expect(values(day).sort()).toEqual([225_000, 300_000]);
    const conflicts = conflictsOf(series[0]!.observations);
    expect([...conflicts.keys()]).toEqual(['2017-10-17']);
    expect(conflicts.get('2017-10-17')!.map((o) => o.value).sort()).toEqual([225_000, 300_000]);
    expect(describeChart(series, 'bbl/d', [])).toContain('1 day with conflicting reports');
  });

  it('does not call agreeing reports a conflict', () => {
    const p = pipePoints[0]!;
    const twin: Point = { ...p, id: 999, document: { ...p.document, id: 99 } };
    expect(conflictsOf(light(PIPE, [p, twin]).observations).size).toBe(0);
  });

  it('draws an observation that several reports repeat once, with all of them as its sources', () => {
    const p = pipePoints.find((q) => q.kind === 'level')!;
    const twin: Point = { ...p, id: 999, value: p.value * 1.005, document: { ...p.document, id: 99 } };
    const [line] = buildDatasets([light(PIPE, [p, twin])], ['level'], theme, () => 0);
    expect(line!.data).toHaveLength(1);
    expect(line!.data[0]!.o.figures).toEqual([p.id, 999]);
    expect(line!.data[0]!.o.documents).toEqual([p.document.id, 99]);
    expect(line!.data[0]!.y).toBeCloseTo(p.value * 1.0025, 6);
  });

  it('draws a figure over a period as a step of its own, never joined to the daily line', () => {
    const KIRKUK = 'kirkuk-fields-production-bbl-d';
    const points = FIXTURE.points.filter((p) => p.series === KIRKUK);
    const [line, periods, ...rest] = buildDatasets([light(KIRKUK, points)], ['level'], theme, () => 0);
    expect(rest).toEqual([]);
    expect(line!.data.every((d) => d.o.asOfTo === null)).toBe(true);
    expect(periods!.label).toContain('periods');
    expect(periods!.showLine).toBe(false);
    expect(periods!.data.map((d) => [d.o.asOf, d.o.asOfTo, d.y])).toEqual([['2017-10-01', '2017-10-15', 420_000]]);
  });

  it('gives each series its own colour and dash', () => {
    const KIRKUK = 'kirkuk-fields-production-bbl-d';
    const kirkuk = light(KIRKUK, FIXTURE.points.filter((p) => p.series === KIRKUK));
    const [a, b] = buildDatasets([...series, kirkuk], ['level'], theme, (id) => (id === PIPE ? 0 : 1));
    expect(a!.borderColor).not.toBe(b!.borderColor);
    expect(a!.borderDash).not.toEqual(b!.borderDash);
  });

  it('summarises a 100,000-value series without overflowing the stack', () => {
    const big = Array.from({ length: 100_000 }, (_, i) => ({ ...pipePoints[0]!, id: i + 1, value: i, asOf: new Date(Date.UTC(1750, 0, 1 + i)).toISOString().slice(0, 10) }));
    const text = describeChart([light(PIPE, big)], 'bbl/d', [{ label: 'Iraqi takeover of Kirkuk', date: '2017-10-16' }]);
    expect(text).toContain('between 0 bbl/d and 99,999 bbl/d');
    expect(text).toContain('Events marked: Iraqi takeover of Kirkuk (2017-10-16)');
  });
});
