// The whiskers and period bars read each drawn point's observation: built from real chart data
// (buildDatasets over the charts' answer), drawn on a recording context. No browser.
import { describe, expect, it } from 'vitest';
import type { Chart } from 'chart.js';
import { chartSeries, documentsOf } from '../../src/api/chart-view';
import { observed } from '../../src/api/observed';
import type { Point } from '../../src/api/types';
import { buildDatasets } from '../../components/chart-data';
import type { ChartTheme } from '../../components/chart-theme';
import { dayToTime } from '../../components/format';
import { rangeWhiskers } from '../../components/plugins/range-whiskers';
import { FIXTURE, summaryOf } from './fixtures/api-fixture';

const theme: ChartTheme = { text: '#000', muted: '#555', grid: '#ccc', event: '#80f', surface: '#fff', series: ['#0072b2'] };
const KIRKUK = 'kirkuk-fields-production-bbl-d';

/** The segments the plugin strokes, for datasets drawn at x = time / 1e6, y = value / 1000. */
function strokes(points: Point[]): [number, number, number, number][] {
  const { points: reports, observations } = observed(points);
  const s = chartSeries(summaryOf(KIRKUK, FIXTURE.points), reports, observations);
  const datasets = buildDatasets([{ summary: s.series, observations: s.observations, reference: null, documents: new Map(documentsOf(points).map((d) => [d.id, d])) }], ['level'], theme, () => 0);
  const X = (t: number) => t / 1e6;
  const Y = (v: number) => v / 1000;
  const lines: [number, number, number, number][] = [];
  let at: [number, number] = [0, 0];
  const ctx = { save() {}, restore() {}, beginPath() {}, stroke() {}, moveTo: (x: number, y: number) => (at = [x, y]), lineTo: (x: number, y: number) => lines.push([...at, x, y]) };
  const chart = {
    scales: { x: { getPixelForValue: X }, y: { getPixelForValue: Y } },
    ctx,
    data: { datasets },
    getDatasetMeta: (i: number) => ({ hidden: false, data: datasets[i]!.data.map((c) => ({ x: X(c.x), y: Y(c.y) })) }),
    isDatasetVisible: () => true,
  } as unknown as Chart;
  (rangeWhiskers.afterDatasetsDraw as (c: Chart) => void)(chart);
  return lines;
}

describe('range whiskers and period bars', () => {
  it('draws a figure over a period as a bar to the end of its last day', () => {
    const period = FIXTURE.points.find((p) => p.series === KIRKUK && p.asOfTo && p.asOfTo !== p.asOf)!;
    const lines = strokes([period]);
    const x0 = dayToTime(period.asOf!) / 1e6;
    const end = (dayToTime(period.asOfTo!) + 86_400_000) / 1e6;
    expect(lines).toContainEqual([x0, period.value / 1000, end, period.value / 1000]);
  });

  it('draws a range as a whisker from its low to its high', () => {
    const base = FIXTURE.points.find((p) => p.series === KIRKUK && p.asOfTo === null)!;
    const range: Point = { ...base, value: 275_000, low: 250_000, high: 300_000 };
    const x = dayToTime(base.asOf!) / 1e6;
    expect(strokes([range])).toContainEqual([x, 300, x, 250]);
  });
});
