// The CSV export gives each report its observation id with observationIds() over raw rows (no
// observation objects per row); it must give exactly the ids observe() gives the JSON routes and
// the observations form — on agreeing, disagreeing, ranged, periodic and mixed-kind reports.
import { expect, it } from 'vitest';
import { prng } from '../../scripts/bench/corpus';
import type { FigureKind } from '../../src/extract/types';
import { observationIds, observe, type Report } from '../../src/series/observations';

function reports(count: number, seed: number): Report[] {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const kinds: FigureKind[] = ['level', 'derived', 'share', 'change', 'target'];
  return Array.from({ length: count }, (_, i) => {
    const value = pick([100_000, 100_500, 101_000, 102_000, 250_000, 300_000]) + Math.floor(random() * 3) * 400;
    const ranged = random() < 0.2;
    const asOf = `2017-10-${String(1 + Math.floor(random() * 4)).padStart(2, '0')}`;
    return {
      id: 1 + ((i * 7919) % 100_003), // ids not in the rows' order: the smallest must still win
      series: pick(['a-bbl-d', 'b-bbl-d']),
      kind: pick(kinds),
      value,
      low: ranged ? value - 5000 : null,
      high: ranged ? value + 5000 : null,
      asOf: random() < 0.05 ? null : asOf,
      asOfTo: random() < 0.2 ? '2017-10-31' : null,
      document: { id: 1 + Math.floor(random() * 50) },
    };
  });
}

it('gives every dated report the id observe() gives it', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    const rows = reports(3000, seed);
    const expected = observe(rows).of;
    const got = observationIds(rows.map((r) => [r.id, r.series, r.kind, r.value, r.low, r.high, r.asOf, r.asOfTo] as const));
    // By place; undated rows have none.
    expect(got).toEqual(rows.map((r) => (r.asOf === null ? null : expected.get(r.id))));
    // The sample is worth something: groups of several reports, and observations of several reports.
    expect(new Set(expected.values()).size).toBeLessThan(expected.size);
  }
});

it('gives the same ids to rows in the order the export reads them (by day, then id)', () => {
  for (const seed of [6, 7]) {
    const rows = reports(3000, seed)
      .filter((r) => r.asOf !== null)
      .sort((a, b) => (a.asOf! < b.asOf! ? -1 : a.asOf! > b.asOf! ? 1 : a.id - b.id));
    const expected = observe(rows).of;
    const got = observationIds(rows.map((r) => [r.id, r.series, r.kind, r.value, r.low, r.high, r.asOf, r.asOfTo] as const));
    expect(got).toEqual(rows.map((r) => expected.get(r.id)));
  }
});
