// The extractor bench's corpus: real-style articles, not templates. Each copy of an article gets
// its own publication day and its own numbers (a digit changed, the length kept), and the copies
// are shuffled, so no memo keyed on a day, a phrase or a document can serve a repeat: every
// article costs what a new one would.
//
// The articles come from the gold sets beside the project (../shared/eval: dev and devreal, the
// invented and the rewritten real reports) when they are there, on a developer's machine; a user's
// clone has no ../shared and falls back to the project's own texts (the seed articles and the
// golden fixtures, our own sentences). The result names the folders it read.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { prng, type Article } from './corpus';

const ROOT = resolve(import.meta.dirname, '../..');

const GOLD_SETS = ['../shared/eval/dev/articles', '../shared/eval/devreal/articles'];
const OWN_TEXTS = ['data/articles', 'test/fixtures/extract'];

export interface RealStyleCorpus {
  articles: Article[];
  bytes: number;
  /** Folders the distinct texts came from, relative to the project. */
  sources: string[];
  /** How many distinct articles the copies were made from. */
  distinct: number;
}

/** The default folders: the gold sets when present, else the project's own texts. */
export function defaultCorpusDirs(): string[] {
  const gold = GOLD_SETS.map((d) => resolve(ROOT, d)).filter((d) => existsSync(d));
  return gold.length ? gold : OWN_TEXTS.map((d) => resolve(ROOT, d));
}

export function readTexts(dirs: readonly string[]): string[] {
  const texts: string[] = [];
  for (const dir of dirs) {
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith('.txt')) texts.push(readFileSync(join(dir, name), 'utf8'));
    }
  }
  if (!texts.length) throw new Error(`no .txt articles in ${dirs.join(', ')}`);
  return texts;
}

const DAY_MS = 86_400_000;
// Days count back from here: publication dates in the future are refused (as they should be).
const LAST_DAY = Date.UTC(2025, 11, 31);

/**
 * Copies of `texts`, shuffled, until they total `bytes` UTF-8 bytes. Each copy is published on its
 * own day (LAST_DAY minus a distinct offset), so every copy resolves its relative dates afresh.
 */
export function realStyleCorpus(bytes: number, dirs = defaultCorpusDirs(), seed = 20191014): RealStyleCorpus {
  const texts = readTexts(dirs);
  const rand = prng(seed);
  const articles: Article[] = [];
  const seen = new Set<string>();
  let total = 0;
  for (let copy = 0; total < bytes; copy++) {
    let added = 0;
    for (const text of texts) {
      // A text with few numbers to vary can repeat itself: such a copy is dropped, not counted twice.
      let varied = copy === 0 ? text : varyNumbers(text, rand);
      for (let tries = 0; seen.has(varied) && tries < 3; tries++) varied = varyNumbers(text, rand);
      if (seen.has(varied)) continue;
      seen.add(varied);
      added++;
      articles.push({ published: '', text: varied });
      total += Buffer.byteLength(varied, 'utf8');
      if (total >= bytes) break;
    }
    if (!added) throw new Error(`the texts in ${dirs.join(', ')} have too few numbers to make ${bytes} distinct bytes`);
  }
  shuffle(articles, rand);
  // Days assigned after the shuffle and all distinct: a copy's day says nothing about its text.
  const days = articles.map((_, i) => i);
  shuffle(days, rand);
  articles.forEach((a, i) => (a.published = new Date(LAST_DAY - (days[i] as number) * DAY_MS).toISOString().slice(0, 10)));
  return { articles, bytes: total, sources: dirs.map((d) => relative(ROOT, d)), distinct: texts.length };
}

/**
 * Changes the last digit of numbers of two or more digits that are not years, so the copy
 * states other figures in the same words, at the same offsets.
 */
export function varyNumbers(text: string, rand: () => number): string {
  return text.replace(/\d[\d,.]*\d/g, (n) => {
    if (/^(?:19|20)\d\d$/.test(n)) return n;
    return n.slice(0, -1) + String(Math.floor(rand() * 10));
  });
}

function shuffle<T>(xs: T[], rand: () => number): void {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [xs[i], xs[j]] = [xs[j] as T, xs[i] as T];
  }
}
