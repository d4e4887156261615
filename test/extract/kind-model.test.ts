// The kind model as data: the committed weights are what the fit makes of the committed labelled
// set, the labelled set keeps no text, and the decision keeps the hand rules' tags where the
// model and the hand rules agree.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitWeights, serializeKindModel } from '../../src/extract/kind/fit';
import { decideKind } from '../../src/extract/kind/decide';
import { parseKinds } from '../../src/extract/kind/labelled';
import { kindModel, type KindModel } from '../../src/extract/kind/model';
import { loadKinds } from '../../scripts/fit-kinds';

const DIR = join(import.meta.dirname, '../fixtures/kind');

describe('the kind model file', () => {
  it('holds the weights the fit makes of test/fixtures/kind (run npm run fit after relabelling)', () => {
    expect(kindModel.weights).toEqual(fitWeights(loadKinds()));
  });

  it('is written the same way twice', () => {
    const a = serializeKindModel({ weights: fitWeights(loadKinds()), decides: kindModel.decides });
    expect(a).toBe(readFileSync(join(import.meta.dirname, '../../data/models/kind.json'), 'utf8'));
  });
});

describe('the labelled set', () => {
  it('keeps features, offsets and labels only, no text', () => {
    for (const f of readdirSync(DIR).filter((n) => n.endsWith('.jsonl') && !n.endsWith('.articles.jsonl'))) {
      for (const e of parseKinds(readFileSync(join(DIR, f), 'utf8'))) {
        expect(Object.keys(e).sort()).toEqual(['article', 'at', 'family', 'features', 'hand', 'set', 'target']);
      }
    }
  });
});

describe('decideKind', () => {
  const model: KindModel = { weights: { bias: -1, 'L:fee': 2 }, decides: ['none'] };
  it('leaves a family the model does not decide to the hand rules', () => {
    expect(decideKind(model, { tag: 'target:capacity', family: 'capacity' }, () => ['bias'])).toBe('target:capacity');
  });
  it('names a target the hand rules missed as the model\'s', () => {
    expect(decideKind(model, { tag: null, family: 'none' }, () => ['bias', 'L:fee'])).toBe('target:model');
  });
  it('reads a level where the model scores below zero', () => {
    expect(decideKind(model, { tag: null, family: 'none' }, () => ['bias'])).toBeNull();
  });
});
