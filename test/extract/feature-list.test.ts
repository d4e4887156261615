// The models' features as interned objects (src/extract/base/feature-list.ts) must score exactly
// as the names did: the same features, once each, in the order first added.
import { describe, expect, it } from 'vitest';
import { FeatureList, FeatureTable } from '../../src/extract/base/feature-list';
import { kindScore, kindScoreList, type KindModel } from '../../src/extract/kind/model';
import { predict, predictList, type MeasureModel } from '../../src/extract/measure/model';

describe('FeatureList', () => {
  it('keeps each feature once, in the order first added, and starts empty again on clear()', () => {
    const table = new FeatureTable();
    const list = new FeatureList().clear();
    for (const name of ['bias', 'L:plan', 'bias', 'R:export', 'L:plan']) list.add(table.get(name));
    expect(list.names()).toEqual(['bias', 'L:plan', 'R:export']);
    list.clear();
    list.add(table.get('R:export'));
    expect(list.names()).toEqual(['R:export']);
  });

  it('does not read a feature taken by another list as already taken', () => {
    const table = new FeatureTable();
    const a = new FeatureList().clear();
    a.add(table.get('bias'));
    const b = new FeatureList().clear();
    b.add(table.get('bias'));
    expect(b.names()).toEqual(['bias']);
  });
});

describe('scores over a feature list', () => {
  const table = new FeatureTable();
  const listOf = (names: string[]): FeatureList => {
    const list = new FeatureList().clear();
    for (const n of names) list.add(table.get(n));
    return list;
  };

  it('gives the measure the names give, for two models in turn', () => {
    const one: MeasureModel = { classes: ['exports', 'production', 'price'], weights: { bias: { exports: 0.1 }, 'L:pump': { production: 0.7, exports: 0.2 } } };
    const two: MeasureModel = { classes: ['exports', 'production', 'price'], weights: { bias: { price: 0.5 }, 'L:pump': { exports: 0.3 } } };
    const names = ['bias', 'L:pump', 'unknown'];
    expect(predictList(one, listOf(names))).toBe(predict(one, names));
    expect(predictList(two, listOf(names))).toBe(predict(two, names));
    expect(predictList(one, listOf(names))).toBe('production');
    expect(predictList(two, listOf(names))).toBe('price');
  });

  it('gives the kind score the names give, bit for bit', () => {
    const model: KindModel = { decides: ['none'], weights: { bias: -0.3, 'L:plan': 0.1, 'L:modal': 0.2 } };
    const names = ['bias', 'L:plan', 'L:modal', 'R:none'];
    expect(kindScoreList(model, listOf(names))).toBe(kindScore(model, names));
    expect(kindScoreList(model, listOf(['bias']))).toBeLessThan(0);
  });
});
