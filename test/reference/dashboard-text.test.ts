// What the dashboard says about a check, and the overlay's place in the URL.
import { describe, expect, it } from 'vitest';
import { describeCheck } from '../../components/reference-format';
import { tally } from '../../components/reference-agreement';
import { parseState, serializeState } from '../../components/view-state';
import type { SeriesData } from '../../components/chart-data';
import type { ReferenceCheck } from '../../src/reference/types';
import { chartSeries } from '../../src/api/chart-view';
import type { Observation, ObservedPoint, SeriesSummary } from '../../src/api/types';

const check = (over: Partial<ReferenceCheck>): ReferenceCheck => ({ reference: 'eia-brent-spot-daily', label: 'EIA Brent spot', refDate: '2017-10-17', refValue: 57.49, diffPct: -0.9, status: 'agrees', ...over });
const day = { asOf: '2017-10-17', asOfTo: null, unit: 'USD/bbl' as const };

describe('the evidence line', () => {
  it('reads as the issue asks on the same day, with a real minus sign', () => {
    expect(describeCheck(check({}), day)).toBe('EIA Brent spot that day: $57.49, −0.9 %');
  });

  it('names the trading day it used when that is another day, and the month for a month', () => {
    expect(describeCheck(check({ refDate: '2017-10-16', diffPct: 1.2 }), { ...day, asOf: '2017-10-15' })).toBe('EIA Brent spot on 2017-10-16, the nearest trading day: $57.49, +1.2 %');
    expect(describeCheck(check({ label: 'EIA Brent spot, monthly mean', refDate: '2017-10-01' }), { ...day, asOf: '2017-10-01', asOfTo: '2017-10-31' })).toBe('EIA Brent spot, monthly mean that month: $57.49, −0.9 %');
    expect(describeCheck(check({ refDate: null, refValue: null, diffPct: null, status: 'no reference' }), day)).toBe('EIA Brent spot: no value within three days of this date');
  });
});

describe('the header count', () => {
  /** One price series whose reports (one observation each) have these check statuses, as the charts' answer carries them. */
  const series = (statuses: (ReferenceCheck['status'] | null)[]): SeriesData => {
    const points = statuses.map((status, i) => ({ id: i + 1, observation: `o${i + 1}`, kind: 'level', approx: false, document: { id: i + 1 }, ...(status ? { check: check({ status }) } : {}) }));
    const observations = points.map((p) => ({ id: p.observation, series: 'brent-price-usd-bbl', kind: 'level' as const, value: 57, low: null, high: null, asOf: '2017-10-17', asOfTo: null, days: 1, figures: [p.id], documents: [p.id], disagrees: [] }));
    const s = chartSeries({ measure: 'price' } as SeriesSummary, points as unknown as ObservedPoint[], observations as Observation[]);
    return { summary: s.series, observations: s.observations, reference: s.reference, documents: new Map() };
  };

  it('counts agreeing reports among those with a reference value', () => {
    expect(tally(series(['agrees', 'agrees', 'near', 'off', 'no reference', null]))).toBe('2 of 4 price reports agree with EIA Brent spot (within 3 %); 1 near, 1 off.');
    expect(tally(series(['agrees']))).toBe('1 of 1 price report agrees with EIA Brent spot (within 3 %).');
    expect(tally(series([null, null]))).toBeNull();
  });
});

describe('the URL', () => {
  it('keeps the overlay as ref=1 and leaves it out when off', () => {
    expect(parseState('?series=brent-price-usd-bbl&ref=1').ref).toBe(true);
    expect(parseState('?ref=yes').ref).toBe(false);
    expect(serializeState({ ...parseState('?series=brent-price-usd-bbl'), ref: true })).toBe('?series=brent-price-usd-bbl&ref=1');
    expect(serializeState(parseState('?series=brent-price-usd-bbl'))).toBe('?series=brent-price-usd-bbl');
  });
});
