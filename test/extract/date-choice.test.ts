// The date choice as data: each figure's options described by named features, the labelled set
// (test/fixtures/dates, written by npm run label-dates) and the model fitted on it by npm run fit.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateDates, fitDates, handPicks, leaveOneArticleOutDates, serializeDates } from '../../src/extract/dates/choice/fit';
import { dateAgrees, recordChoices } from '../../src/extract/dates/choice/labelled';
import { loadChoices } from '../../scripts/fit-dates';

const MODEL = join(import.meta.dirname, '../../data/models/dates.json');

describe('date choice options', () => {
  const text = 'Exports through the southern terminal averaged 410,000 bpd in March, up from 380,000 bpd in February, the ministry said on Tuesday.';
  const seen = recordChoices(text, '2026-04-09');
  const first = seen.get(text.indexOf('410,000'));
  const second = seen.get(text.indexOf('380,000'));

  it('gives each figure the time words it owns, resolved, with the hand pick', () => {
    expect(first?.options.map((o) => o.t.text)).toEqual(['in March']);
    expect(first?.options[0]?.p.asOf).toBe('2026-03-01');
    expect(first?.hand).toBe(0);
    expect(second?.options.map((o) => o.t.text)).toEqual(['in February']);
  });

  it('describes options by where they sit and what they are, and "none" last', () => {
    const features = first?.features ?? [];
    expect(features).toHaveLength(2);
    expect(features[0]).toEqual(expect.arrayContaining(['type:month', 'side:R', 'words:0', 'nearest', 'span:month', 'when:past']));
    expect(features[1]).toEqual(expect.arrayContaining(['none', 'none:kind:level']));
  });

  it('sees a comparison word and another number between a figure and far time words', () => {
    const far = 'Output reached 900,000 bpd, compared with 700,000 bpd a year before and 650,000 bpd in 2019.';
    const s = recordChoices(far, '2026-04-09').get(far.indexOf('650,000'));
    expect(s?.features[0]).toEqual(expect.arrayContaining(['type:year', 'side:R']));
    const list = recordChoices('Plans call for 500,000 bpd, compared with output in May.', '2026-04-09');
    const plan = [...list.values()][0];
    expect(plan?.features[0]).toEqual(expect.arrayContaining(['comparison:R', 'break:R']));
  });
});

describe('gold dates as the scorer reads them', () => {
  const p = (asOf: string, asOfTo: string | null = null) => ({ asOf, asOfTo, tag: 'test' });
  it('a month, a window, a day, and up to two weeks before an event', () => {
    expect(dateAgrees({ asOf: '2026-03', asOfTo: null, beforeEvent: false }, p('2026-03-01', '2026-03-31'))).toBe(true);
    expect(dateAgrees({ asOf: '2026-03', asOfTo: null, beforeEvent: false }, p('2026-04-01'))).toBe(false);
    expect(dateAgrees({ asOf: '2026-03-02', asOfTo: '2026-03-08', beforeEvent: false }, p('2026-03-05'))).toBe(true);
    expect(dateAgrees({ asOf: '2026-03-02', asOfTo: null, beforeEvent: false }, p('2026-03-03'))).toBe(false);
    expect(dateAgrees({ asOf: '2026-03-20', asOfTo: null, beforeEvent: true }, p('2026-03-10'))).toBe(true);
    expect(dateAgrees({ asOf: '2026-03-20', asOfTo: null, beforeEvent: true }, p('2026-03-01'))).toBe(false);
  });
});

describe('the fitted date model', () => {
  const choices = loadChoices();

  it('is the fit of the labelled set (run npm run fit after changing features or labels)', () => {
    expect(serializeDates(fitDates(choices))).toBe(readFileSync(MODEL, 'utf8'));
  });

  it('keeps no text of the gold sets: options are feature names, articles are ids and offsets', () => {
    for (const c of choices) {
      expect(Object.keys(c).sort()).toEqual(['article', 'at', 'exact', 'hand', 'ok', 'options', 'set']);
      for (const f of c.options.flat()) expect(f).toMatch(/^[a-z-]+(?::[a-z0-9+-]+)*$/i);
    }
  });

  it('decides, on articles it was not fitted on, about as many figures right as the hand rules', () => {
    const hand = evaluateDates(handPicks(choices));
    const loo = evaluateDates(leaveOneArticleOutDates(choices));
    expect(loo.total).toBe(hand.total);
    expect(loo.right).toBeGreaterThanOrEqual(hand.right - 5);
  }, 120_000);
});

describe('npm run label-dates', () => {
  it('refuses a folder that is not a gold set, saying what to give, and writes nothing for it', () => {
    const root = join(import.meta.dirname, '../..');
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/label-dates.ts', join(root, 'test/fixtures/extract')], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('has no gold.jsonl and manifest.json; give a gold set folder');
    expect(r.stdout).toBe('');
  }, 60_000);
});
