// Series keys: one entity, one measure, one unit, one period basis; names of one flow meet.
import { describe, expect, it } from 'vitest';
import { entityIndex, type GazetteerEntry } from '../../src/series/entities';
import { GAZETTEER } from '../../src/series/gazetteer';
import { seriesKey, subjectIdOf } from '../../src/series/key';

const index = entityIndex([
  { id: 'north-line', label: 'North line to Port X', kind: 'pipeline', aliases: ['northern line', 'Port X pipeline'] },
  { id: 'field-a', label: 'Field A', kind: 'field', partOf: 'east-fields', aliases: ['Field A'] },
  { id: 'east-fields', label: 'East fields', kind: 'fieldgroup', aliases: [] },
  { id: 'x-blend', label: 'X Blend crude', kind: 'grade', aliases: ['X Blend'], sameAs: [{ id: 'north-line', measures: ['exports'] }] },
  { id: 'ruritania', label: 'Ruritania', kind: 'country', aliases: [] },
] satisfies GazetteerEntry[]);

describe('seriesKey', () => {
  it('keeps measures of one subject apart and says all four parts in id and label', () => {
    const exports = seriesKey(index, { series: 'ruritania-exports-bbl-d', subject: 'Ruritania', measure: 'exports', unit: 'bbl/d', per: null });
    const production = seriesKey(index, { series: 'ruritania-production-bbl-d', subject: 'Ruritania', measure: 'production', unit: 'bbl/d', per: null });
    expect(exports.id).toBe('ruritania-exports-bbl-d');
    expect(exports.label).toBe('Ruritania · exports · bbl/d');
    expect(production.id).not.toBe(exports.id);
    const monthly = seriesKey(index, { series: 'ruritania-revenue-usd-per-month', subject: 'Ruritania', measure: 'revenue', unit: 'USD', per: 'month' });
    expect(monthly.label).toBe('Ruritania · revenue · USD per month');
    expect(monthly.id).toBe('ruritania-revenue-usd-per-month');
  });

  it('resolves an unlisted slug that is a known alias to its entity', () => {
    const k = seriesKey(index, { series: 'port-x-pipeline-flow-bbl-d', subject: 'Port X pipeline', measure: 'flow', unit: 'bbl/d', per: null });
    expect(k.entity).toMatchObject({ id: 'north-line', listed: true });
    expect(k.id).toBe('north-line-flow-bbl-d');
  });

  it('sees through a descriptive modifier before a known name', () => {
    const k = seriesKey(index, { series: 'benchmark-x-blend-price-usd-bbl', subject: 'Benchmark X Blend', measure: 'price', unit: 'USD/bbl', per: null });
    expect(k.id).toBe('x-blend-price-usd-bbl');
    // Only modifiers go: other leading words make another name.
    const other = seriesKey(index, { series: 'light-x-blend-price-usd-bbl', subject: 'Light X Blend', measure: 'price', unit: 'USD/bbl', per: null });
    expect(other.entity.listed).toBe(false);
  });

  it('gives an unknown name its own entity, labelled as the article named it', () => {
    const k = seriesKey(index, { series: 'west-spur-flow-bbl-d', subject: 'West spur', measure: 'flow', unit: 'bbl/d', per: null });
    expect(k.entity).toEqual({ id: 'west-spur', label: 'West spur', kind: null, partOf: null, listed: false });
  });

  it("reads an unlisted name's kind from its head noun, so an unlisted pipeline's volumes are its flow too", () => {
    const k = seriesKey(index, { series: 'south-valley-pipeline-exports-bbl-d', subject: 'South Valley pipeline', measure: 'exports', unit: 'bbl/d', per: null });
    expect(k.entity).toMatchObject({ kind: 'pipeline', listed: false });
    expect(k.id).toBe('south-valley-pipeline-flow-bbl-d');
    expect(seriesKey(index, { series: 'ridge-field-production-bbl-d', subject: 'Ridge field', measure: 'production', unit: 'bbl/d', per: null }).entity.kind).toBe('field');
  });

  it("draws a pipeline's exports, loadings and unqualified volumes as its one flow, not its capacity", () => {
    const ids = (['exports', 'loadings', 'other', 'flow'] as const).map(
      (m) => seriesKey(index, { series: `north-line-${m}-bbl-d`, subject: 'North line', measure: m, unit: 'bbl/d', per: null }).id,
    );
    expect(new Set(ids)).toEqual(new Set(['north-line-flow-bbl-d']));
    const cap = seriesKey(index, { series: 'north-line-capacity-bbl-d', subject: 'North line', measure: 'capacity', unit: 'bbl/d', per: null });
    expect(cap.id).toBe('north-line-capacity-bbl-d');
    const pct = seriesKey(index, { series: 'north-line-exports-pct', subject: 'North line', measure: 'exports', unit: '%', per: null });
    expect(pct.id).toBe('north-line-flow-pct');
    const paid = seriesKey(index, { series: 'north-line-other-usd', subject: 'North line', measure: 'other', unit: 'USD', per: null });
    expect(paid.id).toBe('north-line-other-usd');
  });

  it('follows sameAs only for the measures it names', () => {
    const exp = seriesKey(index, { series: 'x-blend-exports-bbl-d', subject: 'X Blend', measure: 'exports', unit: 'bbl/d', per: null });
    expect(exp.id).toBe('north-line-flow-bbl-d');
    const price = seriesKey(index, { series: 'x-blend-price-usd-bbl', subject: 'X Blend', measure: 'price', unit: 'USD/bbl', per: null });
    expect(price.id).toBe('x-blend-price-usd-bbl');
  });

  it('knows partOf', () => {
    const k = seriesKey(index, { series: 'field-a-production-bbl-d', subject: 'Field A', measure: 'production', unit: 'bbl/d', per: null });
    expect(k.entity.partOf).toBe('east-fields');
  });

  it('reads the subject id out of an extractor id with a period basis', () => {
    expect(subjectIdOf({ series: 'krg-revenue-usd-per-month', subject: 'KRG', measure: 'revenue', unit: 'USD', per: 'month' })).toBe('krg');
  });
});

describe('the shipped gazetteer', () => {
  it('joins the names of the Kurdish export flow into one series', () => {
    const names = [
      { series: 'kurdistan-pipeline-exports-bbl-d', subject: 'Kurdistan pipeline to Ceyhan', measure: 'exports' as const },
      { series: 'kurdish-run-pipeline-flow-bbl-d', subject: 'Kurdish-run pipeline', measure: 'flow' as const },
      { series: 'kurdish-crude-exports-bbl-d', subject: 'Kurdish crude (Kurdistan Blend)', measure: 'exports' as const },
    ];
    const ids = names.map((n) => seriesKey(GAZETTEER, { ...n, unit: 'bbl/d', per: null }).id);
    expect(new Set(ids)).toEqual(new Set(['kurdistan-pipeline-flow-bbl-d']));
  });

  it('puts the Kirkuk fields under their group', () => {
    for (const id of ['bai-hassan', 'avana-dome', 'baba-gurgur']) {
      const k = seriesKey(GAZETTEER, { series: `${id}-production-bbl-d`, subject: id, measure: 'production', unit: 'bbl/d', per: null });
      expect(k.entity.partOf).toBe('kirkuk-fields');
    }
  });
});

describe('figures about two parts of one group', () => {
  const parts = entityIndex([
    { id: 'east-fields', label: 'East fields', kind: 'fieldgroup', aliases: [] },
    { id: 'field-a', label: 'Field A', kind: 'field', partOf: 'east-fields', aliases: ['Alder', 'Alder Ridge'] },
    { id: 'field-b', label: 'Field B', kind: 'field', partOf: 'east-fields', aliases: ['Birchmoor'] },
    { id: 'field-c', label: 'Field C', kind: 'field', partOf: 'east-fields', aliases: ['Cobham'] },
  ] satisfies GazetteerEntry[]);
  const key = (sentence: string, text: string, subject = 'field-b') =>
    seriesKey(parts, { series: `${subject}-production-bbl-d`, subject, measure: 'production', unit: 'bbl/d', per: null, sentence, text });

  it('files a figure whose subject is coordinated with another part under the group', () => {
    expect(key('Alder Ridge and Birchmoor, both run by the region, were pumping some 90,000 bpd.', '90,000 bpd').entity.id).toBe('east-fields');
    expect(key('Birchmoor, Cobham and Alder together gave 70,000 bpd.', '70,000 bpd').entity.id).toBe('east-fields');
    expect(key('The Birchmoor & Alder fields gave 70,000 bpd.', '70,000 bpd').entity.id).toBe('east-fields');
  });

  it('leaves a figure about one part where it is', () => {
    expect(key('Birchmoor pumped 40,000 bpd.', '40,000 bpd').entity.id).toBe('field-b');
    // Two parts named, but each with its own figure: not coordinated.
    expect(key('Alder pumped 50,000 bpd while Birchmoor pumped 40,000 bpd.', '40,000 bpd').entity.id).toBe('field-b');
    // The coordinated pair does not include the figure's subject.
    expect(key('Alder and Cobham were shut; Birchmoor pumped 40,000 bpd.', '40,000 bpd').entity.id).toBe('field-b');
  });

  it('reads only a window before the figure', () => {
    const far = `Alder and Birchmoor were once linked. ${'Then other things happened. '.repeat(20)}Birchmoor pumped 40,000 bpd.`;
    expect(key(far, '40,000 bpd').entity.id).toBe('field-b');
  });
});
