// The subject choice as data: each figure's candidates described by named features, the labelled
// set (test/fixtures/subjects, written by npm run label-subjects) and the model fitted on it by
// npm run fit. Sentences here are invented.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';
import { evaluateSubjects, fitSubjects, handSubjects, leaveOneArticleOutSubjects, serializeSubjectModel } from '../../src/extract/subjects/choice/fit';
import { keywordsAgree, recordSubjects, type LabelledSubject } from '../../src/extract/subjects/choice/labelled';
import { loadSubjects } from '../../scripts/fit-subjects';

const MODEL = join(import.meta.dirname, '../../data/models/subjects.json');

const STORY = [
  'Iraq pumped 300,000 barrels of Kirkuk crude to Ceyhan on Monday.',
  'Brent settled at $71.20 a barrel on Tuesday.',
  'It had traded at $69.80 a week earlier, while Basra loadings held at 3.3 million bpd.',
  'Flows recovered to 3.4 million bpd on Wednesday.',
].join(' ');

describe('subject candidates', () => {
  const seen = recordSubjects(STORY, '2026-05-10');

  it('picks by the hand rules exactly what the refiner picks without anyone watching', () => {
    const plain = extract(STORY, { published: '2026-05-10' }).figures;
    expect(seen.size).toBeGreaterThanOrEqual(4);
    for (const [at, s] of seen) {
      const f = plain.find((x) => x.start === at);
      expect(s.seen.hand).not.toBeNull();
      expect(s.labels[s.seen.hand as number]).toBe(f?.subject);
    }
  });

  it('keeps each name once, and reads the sentences before only as their own pass', () => {
    const s = seen.get(STORY.indexOf('300,000'));
    expect(s?.labels).toEqual(['Iraq', 'Kirkuk crude', 'Ceyhan port (Turkey)']);
    const flows = seen.get(STORY.indexOf('3.4 million'));
    expect(flows?.seen.options.map((o) => o.pass)).toEqual(expect.arrayContaining(['generic', 'before']));
  });

  it('describes each candidate by the hand score\'s terms and a few hints from the words beside it', () => {
    const s = seen.get(STORY.indexOf('300,000'));
    const [iraq, kirkuk, ceyhan] = s?.seen.features ?? [];
    expect(iraq).toEqual(expect.arrayContaining(['pass:clause', 'ref:named', 'fit:flow:country', 'side:L', 'lead', 'first-named', 'verb-next', 'story-first']));
    expect(kirkuk).toEqual(expect.arrayContaining(['of', 'side:R', 'after:of', 'nearest', 'hand']));
    expect(ceyhan).toEqual(expect.arrayContaining(['reference', 'after:to', 'prio-top']));
    const price = seen.get(STORY.indexOf('$69.80'));
    expect(price?.seen.features[price.seen.hand as number]).toEqual(expect.arrayContaining(['ref:pronoun', 'pass:generic']));
  });
});

describe('gold subjects as the scorer reads them', () => {
  it('a label is right when it contains one of the keywords, in any case', () => {
    expect(keywordsAgree(['kirkuk', 'k1'], 'Kirkuk fields')).toBe(true);
    expect(keywordsAgree(['ceyhan'], 'Kirkuk fields')).toBe(false);
  });
});

describe('the subject fit', () => {
  // Two candidates each; the right one always carries "good", the hand picks the wrong one half the time.
  const toy: LabelledSubject[] = Array.from({ length: 12 }, (_, k) => ({
    set: 'toy', article: `a${k % 4}`, at: k, options: [['opt', 'good'], ['opt', 'plain']], ok: [true, false], hand: k % 2, exact: false,
  }));

  it('learns what separates right from wrong, the same way every time', () => {
    const model = fitSubjects(toy);
    expect(model.weights.good).toBeGreaterThan(model.weights.plain ?? 0);
    expect(serializeSubjectModel(fitSubjects(toy))).toBe(serializeSubjectModel(model));
    expect(evaluateSubjects(leaveOneArticleOutSubjects(toy)).right).toBe(12);
    expect(evaluateSubjects(handSubjects(toy)).right).toBe(6);
  });
});

describe('the fitted subject model', () => {
  const choices = loadSubjects();

  it('is the fit of the labelled set (run npm run fit after changing features or labels)', () => {
    expect(serializeSubjectModel(fitSubjects(choices))).toBe(readFileSync(MODEL, 'utf8'));
  });

  it('keeps no text of the gold sets: candidates are feature names, articles are ids and offsets', () => {
    for (const c of choices) {
      expect(Object.keys(c).sort()).toEqual(['article', 'at', 'exact', 'hand', 'ok', 'options', 'set']);
      for (const f of c.options.flat()) expect(f).toMatch(/^[a-z-]+(?::[a-z0-9+-]+)*$/i);
    }
  });
});

describe('npm run label-subjects', () => {
  it('refuses a folder that is not a gold set, saying what to give', () => {
    const root = join(import.meta.dirname, '../..');
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/label-subjects.ts', join(root, 'test/fixtures/extract')], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('has no gold.jsonl and manifest.json; give a gold set folder');
  }, 60_000);
});
