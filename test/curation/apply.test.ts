import { describe, expect, it } from 'vitest';
import { applyCorrections } from '../../src/curation/apply';
import { diffFigures } from '../../src/curation/diff';
import { correctedSeries } from '../../src/curation/series-id';
import { figure, rule } from './helpers';

describe('applyCorrections', () => {
  const a = figure({ start: 10, end: 30 });
  const b = figure({ start: 50, end: 70, value: 200000 });
  const d = figure({ start: 50, end: 70, kind: 'derived', value: 400000, derivedFrom: [1] });

  it('sets the corrected fields on the figure with the same words and kind, tagging it', () => {
    const out = applyCorrections([a, b], [rule({ start: 50, end: 70, changes: { value: 250000, asOf: '2021-03-01' } })]);
    expect(out.figures[1]).toMatchObject({ value: 250000, asOf: '2021-03-01', start: 50 });
    expect(out.figures[1]!.tags).toContain('analyst:corrected');
    expect(out.figures[0]).toBe(a);
    expect(out.matched).toBe(1);
    // The snapshot is refreshed from this extraction, so it can stand in if a later one loses it.
    expect(out.rules[0]!.figure).toMatchObject({ value: 250000, start: 50, end: 70 });
  });

  it('tells apart two figures of one span by kind', () => {
    const out = applyCorrections([a, b, d], [rule({ start: 50, end: 70, kind: 'derived', changes: { value: 500000 } })]);
    expect(out.figures.map((f) => f.value)).toEqual([100000, 200000, 500000]);
  });

  it('drops a rejected figure and keeps derivedFrom pointing at the same figures', () => {
    const out = applyCorrections([a, b, d], [rule({ start: 10, end: 30, action: 'reject' })]);
    expect(out.figures.map((f) => f.start)).toEqual([50, 50]);
    expect(out.figures[1]!.derivedFrom).toEqual([0]);
    expect(out.rejected).toBe(1);
  });

  it('puts back a corrected figure the extractor no longer finds, from its snapshot', () => {
    const kept = applyCorrections([a, b], [rule({ start: 50, end: 70, changes: { value: 250000 } })]).rules[0]!;
    const out = applyCorrections([a], [kept]);
    expect(out.figures).toHaveLength(2);
    expect(out.figures[1]).toMatchObject({ value: 250000, start: 50 });
    expect(out.figures[1]!.tags).toContain('analyst:restored');
    expect(out.restored).toBe(1);
  });

  it('follows the words when the extractor now gives them another kind', () => {
    const asTarget = { ...b, kind: 'target' as const };
    const out = applyCorrections([a, asTarget], [rule({ start: 50, end: 70, changes: { value: 260000 } })]);
    expect(out.figures[1]).toMatchObject({ kind: 'target', value: 260000 });
    expect(out.restored).toBe(0);
  });

  it('moves a figure whose subject or measure is corrected to that series', () => {
    const out = applyCorrections([a], [rule({ start: 10, end: 30, changes: { subject: 'Southern Terminal', measure: 'loadings' } })]);
    expect(out.figures[0]!.series).toBe('southern-terminal-loadings-bbl-d');
    expect(correctedSeries(a, { ...a, measure: 'exports' })).toBe('northern-pipeline-exports-bbl-d');
  });

  it('a confirmation changes nothing but says an analyst checked it', () => {
    const out = applyCorrections([a], [rule({ start: 10, end: 30, action: 'confirm' })]);
    expect(out.figures[0]).toMatchObject({ value: a.value, asOf: a.asOf, series: a.series });
    expect(out.figures[0]!.tags).toContain('analyst:confirmed');
  });
});

describe('diffFigures', () => {
  it('reports added, removed and changed figures by span and kind', () => {
    const before = [figure({ start: 1, end: 5 }), figure({ start: 10, end: 20 })];
    const after = [figure({ start: 1, end: 5, value: 90000 }), figure({ start: 30, end: 40 })];
    const d = diffFigures(before, after);
    expect(d.added.map((f) => f.start)).toEqual([30]);
    expect(d.removed.map((f) => f.start)).toEqual([10]);
    expect(d.changed).toEqual([expect.objectContaining({ start: 1, fields: { value: [100000, 90000] } })]);
    expect(d.unchanged).toBe(0);
  });
});
