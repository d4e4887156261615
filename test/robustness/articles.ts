// Generated articles for fault and load tests: deterministic (seeded), written in our own words,
// each distinct (so ingest stores every one) and each carrying a handful of oil-flow figures.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prng } from '../../scripts/bench/corpus';

const SUBJECTS = ['the Kirkuk-Ceyhan pipeline', 'the Kurdish export line', 'Basra oil terminal', 'the Bai Hassan field', 'southern ports'];
const VERBS = ['averaged', 'reached', 'held at', 'slipped to', 'climbed to'];
const SOURCES = ['a shipping source', 'an oil ministry official', 'tanker tracking data', 'two industry sources'];
const FILLER = [
  'Officials from both sides met again this week without announcing an agreement.',
  'Traders said buyers were watching the northern route closely.',
  'The region has relied on the route for most of its revenue for several years.',
  'Engineers were sent to inspect pumping stations along the line.',
  'Talks on the budget are expected to resume after the holiday.',
];


export interface GeneratedArticle {
  file: string;
  published: string;
  title: string;
  text: string;
}

export function generateArticles(count: number, seed = 1, paragraphs = 6): GeneratedArticle[] {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const out: GeneratedArticle[] = [];
  for (let i = 0; i < count; i++) {
    const day = 1 + Math.floor(random() * 28);
    const month = 1 + Math.floor(random() * 12);
    const published = `2017-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const lines = [`ERBIL, Iraq (Bench Wire) - Report ${seed}-${i} on northern oil flows.`];
    for (let p = 0; p < paragraphs; p++) {
      const value = (50 + Math.floor(random() * 600)) * 1000;
      lines.push(
        `Crude flows through ${pick(SUBJECTS)} ${pick(VERBS)} ${value.toLocaleString('en-US')} barrels per day on Tuesday, ` +
          `${pick(SOURCES)} said. ${pick(FILLER)} ${pick(FILLER)}`,
      );
    }
    out.push({ file: `bench-${seed}-${String(i).padStart(5, '0')}.txt`, published, title: `Northern flows report ${seed}-${i}`, text: `${lines.join('\n')}\n` });
  }
  return out;
}

/** Writes the articles into `dir`/articles and a manifest beside them; returns the manifest path. */
export function writeCorpus(dir: string, articles: readonly GeneratedArticle[], manifestName = 'manifest.json'): string {
  mkdirSync(join(dir, 'articles'), { recursive: true });
  for (const a of articles) writeFileSync(join(dir, 'articles', a.file), a.text);
  const manifest = join(dir, manifestName);
  writeFileSync(
    manifest,
    JSON.stringify(
      articles.map((a) => ({ file: `articles/${a.file}`, published: a.published, title: a.title, source: 'Bench Wire' })),
      null,
      1,
    ),
  );
  return manifest;
}
