// The labelled set the measure model is fitted on (test/fixtures/measure/*.jsonl): invented wire
// paragraphs, each figure labelled by hand with its measure and period basis. This turns one
// article into examples: the extractor runs with the measure step swapped for one that records
// each figure's features, and each label finds its figure by its words.
import type { Refiner } from '../base/context';
import { defaultConfig } from '../config';
import { extract } from '../index';
import { measure } from '../refiners/measure';
import type { Measure, Per } from '../types';
import { exactMeasure } from './decide';
import { measureFeatures } from './features';
import { perOf } from './per';

export interface LabelledArticle {
  id: string;
  published?: string;
  text: string;
  /** In text order: the figure's words (or a part of them), its measure, its period basis. */
  labels: [string, Measure, Per | null][];
}

export interface Example {
  article: string;
  span: string;
  measure: Measure;
  per: Per | null;
  features: string[];
  /** What the hand rules decide (price per barrel, share), null when the model decides. */
  exact: Measure | null;
  /** What the per rules read from the text. */
  predictedPer: Per | null;
}

interface Seen {
  features: string[];
  exact: Measure | null;
  per: Per | null;
}

function recorder(seen: Map<string, Seen>): Refiner {
  return {
    name: 'measure:record',
    refine(ctx, figures) {
      for (const c of figures) {
        c.per = perOf(ctx, c);
        seen.set(`${c.start}:${c.end}`, { features: measureFeatures(ctx, c), exact: exactMeasure(c), per: c.per });
        c.measure = 'other';
      }
      return figures;
    },
  };
}

export function examplesOf(article: LabelledArticle): { examples: Example[]; missed: string[] } {
  const seen = new Map<string, Seen>();
  const config = { ...defaultConfig, refiners: defaultConfig.refiners.map((r) => (r === measure ? recorder(seen) : r)) };
  const figures = extract(article.text, { published: article.published ?? null, config }).figures.filter((f) => f.kind !== 'derived');
  const examples: Example[] = [];
  const missed: string[] = [];
  let cursor = 0;
  for (const [span, label, per] of article.labels) {
    const at = article.text.indexOf(span, cursor);
    if (at < 0) {
      missed.push(`${article.id}: label "${span}" not in the text after offset ${cursor}`);
      continue;
    }
    cursor = at + 1;
    const f = figures.find((x) => x.start < at + span.length && x.end > at);
    const s = f && seen.get(`${f.start}:${f.end}`);
    if (!s) {
      missed.push(`${article.id}: no figure at "${span}"`);
      continue;
    }
    examples.push({ article: article.id, span, measure: label, per, features: s.features, exact: s.exact, predictedPer: s.per });
  }
  return { examples, missed };
}

export const parseLabelled = (jsonl: string): LabelledArticle[] =>
  jsonl.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as LabelledArticle);

