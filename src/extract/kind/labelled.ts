// The labelled set the kind model is fitted on (test/fixtures/kind/*.jsonl): for each level-or-
// target candidate of a labelled article that a gold figure names, its features, what the hand
// cues decide and what the gold says. No text is kept: an article is named by its set and file, a
// figure by its offset, so gold sets' sentences stay out of the project. `npm run label-kinds`
// writes it; `npm run fit` reads it.
import { tag, type Candidate } from '../base/candidate';
import type { Refiner } from '../base/context';
import { defaultConfig } from '../config';
import { extract } from '../index';
import { handKind, targets } from '../refiners/targets';
import { kindFeatures } from './features';

export interface LabelledKind {
  set: string;
  article: string;
  /** Offset of the figure in the article. */
  at: number;
  features: string[];
  /** The hand cue's family ('none' for no cue). */
  family: string;
  /** What the hand cues decide. */
  hand: boolean;
  /** What the gold says. */
  target: boolean;
}

/** A candidate as the target rule saw it. */
export interface KindSeen {
  start: number;
  end: number;
  unit: string | null;
  value: number;
  low: number | null;
  high: number | null;
  features: string[];
  family: string;
  hand: boolean;
}

/** Every candidate of one article, as the extractor with hand rules only sees it. */
export function recordKinds(text: string, published: string | null): KindSeen[] {
  const seen: KindSeen[] = [];
  const watch: Refiner = {
    name: 'target:watch',
    refine(ctx, figures) {
      figures.forEach((f: Candidate, i) => {
        const hand = handKind(ctx, figures, i);
        if (!hand) return;
        seen.push({ start: f.start, end: f.end, unit: f.unit, value: f.value, low: f.low, high: f.high, features: kindFeatures(ctx, f, hand.family, figures[i - 1]), family: hand.family, hand: hand.tag !== null });
        // The hand decision, so later candidates ("…, including N") see what the hand rules saw.
        if (hand.tag) {
          f.kind = 'target';
          tag(f, hand.tag);
        }
      });
      return figures;
    },
  };
  extract(text, { published, config: { ...defaultConfig, refiners: defaultConfig.refiners.map((r) => (r === targets ? watch : r)) } });
  return seen;
}

export const parseKinds = (jsonl: string): LabelledKind[] =>
  jsonl.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as LabelledKind);

export const serializeKinds = (list: readonly LabelledKind[]): string => list.map((c) => JSON.stringify(c)).join('\n') + '\n';
