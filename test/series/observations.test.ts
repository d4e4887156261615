// Reports of one series and period that agree are one observation; those that disagree are flagged.
import { describe, expect, it } from 'vitest';
import { observe, type Report } from '../../src/series/observations';

let nextId = 1;
function report(over: Partial<Report> & { value: number }): Report {
  return { id: nextId++, series: 's', kind: 'level', low: null, high: null, asOf: '2022-09-01', asOfTo: '2022-09-30', document: { id: nextId }, ...over };
}

describe('observe', () => {
  it('makes a report alone in its period an observation of its own, as a group of one', () => {
    const day = report({ value: 1 / 3, kind: 'derived', asOf: '2021-03-04', asOfTo: null, low: 0.3, high: 0.4 });
    const month = report({ value: 7, asOf: '2021-02-01', asOfTo: '2021-02-28' });
    const { observations } = observe([day, month]);
    expect(observations).toEqual([
      { id: `o${month.id}`, series: 's', kind: 'level', value: 7, low: null, high: null, asOf: '2021-02-01', asOfTo: '2021-02-28', days: 28, figures: [month.id], documents: [month.document.id], disagrees: [] },
      { id: `o${day.id}`, series: 's', kind: 'derived', value: 0.3333333333, low: 0.3, high: 0.4, asOf: '2021-03-04', asOfTo: null, days: 1, figures: [day.id], documents: [day.document.id], disagrees: [] },
    ]);
    // Key order too: the JSON answers are compared byte for byte across engines.
    expect(Object.keys(observations[0]!)).toEqual(['id', 'series', 'kind', 'value', 'low', 'high', 'asOf', 'asOfTo', 'days', 'figures', 'documents', 'disagrees']);
  });

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
