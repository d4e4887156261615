// The labelled set the subject model is fitted on (test/fixtures/subjects/*.jsonl): for each
// figure of a labelled article that had candidates, the features of every candidate and whether
// the subject it would give is right. A gold subject is a list of keywords, right when the label
// contains one (as the scorer judges); our goldens record one label, right when equal. No text is
// kept: an article is named by its set and file, a figure by its offset. `npm run label-subjects`
// writes it; `npm run fit` reads it.
import type { Refiner } from '../../base/context';
import { defaultConfig } from '../../config';
import { extract } from '../../index';
import { subjects } from '../../refiners/subjects';
import { subjectEntity } from './unit-fit';
import { observeSubjects, type SubjectSeen } from './observe';
import type { LabelledDecision } from '../../base/labelled-decisions';

/** One figure's subject choice: its options are the candidate names; exact when there is one. */
export interface LabelledSubject extends LabelledDecision {
  /** Offset of the figure in the article. */
  at: number;
}

export interface SeenSubject {
  seen: SubjectSeen;
  /** The subject label each candidate would give the figure. */
  labels: string[];
}

/** Every figure's subject choice in one article, by the figure's start offset. */
export function recordSubjects(text: string, published: string | null): Map<number, SeenSubject> {
  const out = new Map<number, SeenSubject>();
  const watch: Refiner = {
    name: 'subject:watch',
    refine(ctx, figures) {
      observeSubjects(ctx, (s) => out.set(s.figure.start, { seen: s, labels: s.options.map((o) => subjectEntity(ctx, s.figure, o.resolved.entity).label) }));
      return figures;
    },
  };
  const refiners = defaultConfig.refiners.flatMap((r) => (r === subjects ? [watch, r] : [r]));
  extract(text, { published, config: { ...defaultConfig, refiners } });
  return out;
}

/** A gold subject as the scorer reads it: right when the label contains one of the keywords. */
export const keywordsAgree = (keywords: readonly string[], label: string): boolean => keywords.some((k) => label.toLowerCase().includes(k.toLowerCase()));

export function labelSubject(set: string, article: string, s: SeenSubject, right: (label: string) => boolean): LabelledSubject | null {
  if (s.seen.hand === null) return null;
  return { set, article, at: s.seen.figure.start, options: s.seen.features, ok: s.labels.map(right), hand: s.seen.hand, exact: s.seen.options.length < 2 };
}

export const parseSubjects = (jsonl: string): LabelledSubject[] =>
  jsonl.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as LabelledSubject);

export const serializeSubjects = (list: readonly LabelledSubject[]): string => list.map((c) => JSON.stringify(c)).join('\n') + '\n';
