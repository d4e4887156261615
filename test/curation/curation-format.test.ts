import { describe, expect, it } from 'vitest';
import { describeChange } from '../../components/curation-format';

describe('describeChange (the audit in the dashboard)', () => {
  it('lists only the fields that changed', () => {
    expect(describeChange({ old: { value: 400000, unit: 'bbl/d', approx: true }, new: { value: 410000, unit: 'bbl/d', approx: false } })).toBe(
      'value 400000 → 410000, approx true → false',
    );
  });
  it('says a removal and a confirmation plainly', () => {
    expect(describeChange({ old: { value: 1 }, new: null })).toBe('removed');
    expect(describeChange({ old: { value: 1 }, new: { value: 1 } })).toBe('no change (confirmed)');
  });
  it('shows dates set where there were none', () => {
    expect(describeChange({ old: { published: null, publishedSource: 'unknown' }, new: { published: '2022-05-12', publishedSource: 'manifest' } })).toBe(
      'published — → 2022-05-12, publishedSource unknown → manifest',
    );
  });
});
