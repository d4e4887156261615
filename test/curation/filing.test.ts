import { describe, expect, it } from 'vitest';
import { filer, followMerges, NO_RULES } from '../../src/curation/filing';
import { GAZETTEER } from '../../src/series/gazetteer';
import { seriesKey } from '../../src/series/key';
import { figure } from './helpers';

describe('filing rules', () => {
  const unlisted = figure({ start: 0, end: 10, subject: 'Star pipeline', series: 'star-pipeline-flow-bbl-d', measure: 'flow' });

  it('files as the gazetteer does when there are no rules', () => {
    expect(filer(GAZETTEER, NO_RULES)(unlisted)).toEqual(seriesKey(GAZETTEER, unlisted));
  });

  it('files a mapped unlisted name under the listed entity, without changing the shared index', () => {
    const key = filer(GAZETTEER, { entities: new Map([['star-pipeline', 'druzhba']]), merges: new Map() })(unlisted);
    expect(key.entity).toMatchObject({ id: 'druzhba', listed: true });
    expect(key.id).toMatch(/^druzhba-/);
    expect(seriesKey(GAZETTEER, unlisted).entity.id).toBe('star-pipeline');
  });

  it('sends a merged series to its target', () => {
    const target = seriesKey(GAZETTEER, { ...unlisted, subject: 'Druzhba', series: 'druzhba-flow-bbl-d' });
    const from = seriesKey(GAZETTEER, unlisted).id;
    expect(filer(GAZETTEER, { entities: new Map(), merges: new Map([[from, target]]) })(unlisted)).toBe(target);
  });

  it('follows merge chains and stops at cycles', () => {
    expect(followMerges(new Map([['a', 'b'], ['b', 'c']]))).toEqual(new Map([['a', 'c'], ['b', 'c']]));
    const cycle = followMerges(new Map([['a', 'b'], ['b', 'a']]));
    expect(cycle.get('a')).not.toBe('a');
    expect([...cycle.keys()].every((k) => cycle.get(k) !== k)).toBe(true);
  });
});
