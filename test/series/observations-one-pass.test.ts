// observe() builds a group's observation in one pass (for speed); this compares it with the plain
// form it replaced (map, sort, filters, reduce, Set), kept here as the reference, over random
// groups: repeated documents, ranges on some reports only, negative values, mixed kinds.
import { describe, expect, it } from 'vitest';
import { observe, tenDigits, type Report } from '../../src/series/observations';
import { daysCovered, lastDay } from '../../src/series/periods';

function referenceObservation(reports: (Report & { asOf: string })[]) {
  const first = reports[0]!;
  const ids = reports.map((r) => r.id).sort((a, b) => a - b);
  const lows = reports.map((r) => r.low).filter((v): v is number => v !== null);
  const highs = reports.map((r) => r.high).filter((v): v is number => v !== null);
  return {
    id: `o${ids[0]}`,
    series: first.series,
    kind: reports.some((r) => r.kind === 'level') ? 'level' : first.kind,
    value: Number((reports.reduce((s, r) => s + r.value, 0) / reports.length).toPrecision(10)),
    low: lows.length ? Math.min(...lows) : null,
    high: highs.length ? Math.max(...highs) : null,
    asOf: first.asOf,
    asOfTo: lastDay(first) === first.asOf ? null : lastDay(first),
    days: daysCovered(first),
    figures: ids,
    documents: [...new Set(reports.map((r) => r.document.id))].sort((a, b) => a - b),
  };
}

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

describe('observe, a group of several reports', () => {
  it('gives what the plain form gave, over 2,000 random groups', () => {
    const next = random(7);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
    let id = 1000;
    for (let g = 0; g < 2000; g++) {
      const asOf = pick(['2021-05-01', '2021-05-07']);
      const asOfTo = pick([null, null, '2021-05-31']);
      const base = pick([-60000, 0.3, 1 / 3, 750000, 12.5]);
      const size = 2 + Math.floor(next() * 6);
      const reports: (Report & { asOf: string })[] = [];
      for (let i = 0; i < size; i++) {
        // Ids out of order and documents repeated, as a group read by date can hold them.
        const value = base * (1 + (next() - 0.5) * 0.015);
        const ranged = next() < 0.3;
        reports.push({
          id: id + Math.floor(next() * 900),
          series: 'oil-s',
          kind: pick(['level', 'derived', 'derived']),
          value,
          low: ranged ? value - Math.abs(base) * next() * 0.1 : null,
          high: ranged && next() < 0.7 ? value + Math.abs(base) * next() * 0.1 : null,
          asOf,
          asOfTo,
          document: { id: 1 + Math.floor(next() * 4) },
        });
      }
      id += 1000;
      const unique = reports.filter((r, i) => reports.findIndex((x) => x.id === r.id) === i);
      const { observations } = observe(unique);
      // Each observation against the reference built from its own reports, in the order observe() clusters them.
      for (const o of observations) {
        const members = unique.filter((r) => o.figures.includes(r.id)).sort((a, b) => a.value - b.value || a.id - b.id);
        const { disagrees: _disagrees, ...made } = o;
        expect(made).toEqual(referenceObservation(members));
      }
    }
  });
});

describe('tenDigits', () => {
  it('gives what Number(v.toPrecision(10)) gives, to the sign of zero, whole numbers included', () => {
    const next = random(11);
    const values = [0, -0, 1, -1, 300000, 9999999999, -9999999999, 1e10, 1e10 + 1, 12345678901, 2 ** 53, 1e21, 0.1 + 0.2, 1 / 3, -2.5, 5e-324, 123456.789012345];
    for (let i = 0; i < 2000; i++) {
      const magnitude = 10 ** Math.floor(next() * 14);
      values.push(Math.round((next() - 0.5) * magnitude), (next() - 0.5) * magnitude);
    }
    for (const v of values) expect(Object.is(tenDigits(v), Number(v.toPrecision(10))), String(v)).toBe(true);
  });
});
