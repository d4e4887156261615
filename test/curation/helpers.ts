// Figures and rules for the curation tests, written by hand so each test says what it changes.
import type { Figure } from '../../src/extract/types';
import type { CorrectionRule } from '../../src/curation/types';

export function figure(over: Partial<Figure> & Pick<Figure, 'start' | 'end'>): Figure {
  return {
    value: 100000,
    unit: 'bbl/d',
    low: null,
    high: null,
    approx: false,
    kind: 'level',
    measure: 'flow',
    per: null,
    asOf: '2021-03-02',
    asOfTo: null,
    subject: 'Northern pipeline',
    series: 'northern-pipeline-flow-bbl-d',
    text: 'x'.repeat(over.end - over.start),
    sentence: '',
    attribution: null,
    confidence: 0.9,
    tags: ['number'],
    derivedFrom: [],
    ...over,
  };
}

export function rule(over: Partial<CorrectionRule> & Pick<CorrectionRule, 'start' | 'end'>): CorrectionRule {
  return { kind: 'level', action: 'correct', changes: {}, figure: null, by: 'alice', at: '2026-01-01T00:00:00.000Z', ...over };
}
