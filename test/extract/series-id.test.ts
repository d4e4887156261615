// Series ids (src/extract/figure.ts) are what the database files figures under: an id that is a
// slug already passes as it is, anything else is lower-cased and its other characters become "-".
import { describe, expect, it } from 'vitest';
import { seriesId } from '../../src/extract/index';

describe('series ids', () => {
  it('join subject, measure, unit and period basis', () => {
    expect(seriesId('krg', 'revenue', 'USD', 'month')).toBe('krg-revenue-usd-per-month');
    expect(seriesId('kirkuk-ceyhan-pipeline', 'flow', 'bbl/d')).toBe('kirkuk-ceyhan-pipeline-flow-bbl-d');
  });

  it('make a slug of a subject that is not one', () => {
    expect(seriesId('Norland Ex-Port line', 'exports', 'bbl/d')).toBe('norland-ex-port-line-exports-bbl-d');
    expect(seriesId("Aldra's  B2 field", 'production', '%')).toBe('aldra-s-b2-field-production-pct');
  });
});
