// observationsJson writes observations by hand for the series answer (src/api/observations-json.ts):
// it must be byte for byte JSON.stringify, over what observe() makes of random reports (agreeing,
// disagreeing, ranged, month-long, negative and fractional values) and over strings that need
// escaping.
import { expect, it } from 'vitest';
import { observationsJson } from '../../src/api/observations-json';
import { observe, type Observation, type Report } from '../../src/series/observations';

function random(seed: number) {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

it('writes what JSON.stringify writes of observe()’s observations', () => {
  const next = random(3);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  for (let round = 0; round < 200; round++) {
    const reports: Report[] = [];
    for (let i = 0; i < 40; i++) {
      const value = pick([120000, -45000, 0.35, 1 / 3, 2.5e12, 0]) * (1 + (next() - 0.5) * 0.04);
      const ranged = next() < 0.3;
      reports.push({
        id: round * 100 + i,
        series: pick(['line-a-bbl-d', 'odd "series" \\ é😀\u2028']),
        kind: pick(['level', 'derived', 'change', 'target', 'share'] as const),
        value,
        low: ranged ? value - 10 : null,
        high: ranged && next() < 0.5 ? value + 10 : null,
        asOf: pick(['2022-01-01', '2022-01-02', '2022-02-01']),
        asOfTo: pick([null, null, '2022-02-28']),
        document: { id: 1 + Math.floor(next() * 5) },
      });
    }
    const { observations } = observe(reports);
    expect(observationsJson(observations)).toBe(JSON.stringify(observations));
  }
});

it('writes non-finite numbers as null and empty lists as JSON does', () => {
  const odd: Observation = {
    id: 'o1', series: 's', kind: 'level', value: Number.NaN, low: -0, high: Number.POSITIVE_INFINITY, asOf: '2022-01-01',
    asOfTo: null, days: 1, figures: [], documents: [], disagrees: ['o2', 'o3'],
  };
  expect(observationsJson([odd, odd])).toBe(JSON.stringify([odd, odd]));
  expect(observationsJson([])).toBe('[]');
});
