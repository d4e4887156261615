// Reports of one series and period that agree are one observation; those that disagree are flagged.
import { describe, expect, it } from 'vitest';
import { observe, type Report } from '../../src/series/observations';

let nextId = 1;
function report(over: Partial<Report> & { value: number }): Report {
  return { id: nextId++, series: 's', kind: 'level', low: null, high: null, asOf: '2022-09-01', asOfTo: '2022-09-30', document: { id: nextId }, ...over };
}

describe('observe', () => {
  it('counts one month repeated by four articles once, listing every source', () => {
    const reps = [report({ value: 550000 }), report({ value: 550000 }), report({ value: 552000 }), report({ value: 548000, kind: 'derived' })];
    const { observations, of } = observe(reps);
    expect(observations).toHaveLength(1);
    const o = observations[0]!;
    expect(o.figures).toEqual(reps.map((r) => r.id));
    expect(o.documents).toHaveLength(4);
    expect(o.kind).toBe('level');
    expect(o.value).toBe(550000);
    expect(o.days).toBe(30);
    expect(o.disagrees).toEqual([]);
    expect(o.id).toBe(`o${reps[0]!.id}`);
    for (const r of reps) expect(of.get(r.id)).toBe(o.id);
  });

  it('keeps disagreeing reports apart and flags each against the other', () => {
    const a = report({ value: 250000, asOf: '2022-10-19', asOfTo: null });
    const b = report({ value: 210000, asOf: '2022-10-19', asOfTo: null });
    const { observations } = observe([a, b]);
    expect(observations).toHaveLength(2);
    const [low, high] = [...observations].sort((x, y) => x.value - y.value);
    expect(low!.disagrees).toEqual([high!.id]);
    expect(high!.disagrees).toEqual([low!.id]);
  });

  it('joins a figure to a range it falls in', () => {
    const r = report({ value: 215000, low: 200000, high: 230000 });
    const p = report({ value: 225000 });
    expect(observe([r, p]).observations).toHaveLength(1);
  });

  it('does not chain small steps: each joins only a report it agrees with', () => {
    const reps = [100, 100.9, 101.8, 102.7].map((value) => report({ value }));
    expect(observe(reps).observations.length).toBeGreaterThan(1);
  });

  it('never joins different periods, series or kinds', () => {
    const reps = [
      report({ value: 5 }),
      report({ value: 5, asOfTo: null }),
      report({ value: 5, series: 't' }),
      report({ value: 5, kind: 'change' }),
      report({ value: 5, kind: 'target' }),
    ];
    expect(observe(reps).observations).toHaveLength(5);
  });

  it('leaves undated reports out', () => {
    expect(observe([report({ value: 1, asOf: null })]).observations).toEqual([]);
  });
});
