// A deterministic corpus for the extractor benchmark: ~10 KB wire-style articles built from our
// own sentence templates (figures of every kind, distractors, plain prose) with a seeded PRNG,
// so every run measures the same text.

export interface Article {
  published: string;
  text: string;
}

/** mulberry32: small, fast and good enough to vary templates reproducibly (the tests reuse it). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = ['the Kurdish pipeline to Ceyhan', 'the Kirkuk fields', 'Basra terminals', 'Baba Gurgur', 'the Kirkuk-Ceyhan pipeline', 'southern terminals', 'Bai Hassan'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const MONTHS = ['January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const QUALS = ['about ', 'around ', 'some ', 'nearly ', 'more than ', '', '', ''];
const SOURCES = ['a shipping source said', 'an oil ministry official said', 'according to loading data', 'traders said', 'the company said'];

// Share of sentences that carry figures: ~2 figures per KB, between the seed articles (~0.5 per
// KB) and the deliberately dense dev gold set (~2.9 per KB).
const FIGURE_SHARE = 0.1;

type Pick = <T>(xs: readonly T[]) => T;

const FIGURE_SENTENCES: ((p: Pick, n: (lo: number, hi: number) => string) => string)[] = [
  (p, n) => `Flows through ${p(SUBJECTS)} averaged ${p(QUALS)}${n(100, 700)},000 barrels per day on ${p(DAYS)}, ${p(SOURCES)}.`,
  (p, n) => `Output at ${p(SUBJECTS)} rose by ${n(10, 90)},000 bpd since ${p(DAYS)} to ${n(2, 4)}.${n(10, 99)} million bpd.`,
  (p, n) => `Exports fell ${n(1, 19)}% in ${p(MONTHS)} to ${n(200, 900)} kb/d, ${p(SOURCES)}.`,
  (_p, n) => `Brent crude rose ${n(10, 95)} cents to $${n(45, 80)}.${n(10, 99)} a barrel, while WTI settled at $${n(40, 75)}.${n(10, 99)}.`,
  (p, n) => `The government collected ${p(QUALS)}$${n(200, 900)} million from crude sales in ${p(MONTHS)}, ${p(SOURCES)}.`,
  (_p, n) => `The line could carry up to ${n(3, 9)}00,000 bpd once repairs costing roughly $${n(100, 900)} million are finished.`,
  (_p, n) => `Those fields pump between ${n(100, 200)},000 and ${n(210, 300)},000 bpd, accounting for ${n(10, 60)} percent of the region's exports.`,
  (_p, n) => `Loadings at Ceyhan totalled ${n(1, 9)}.${n(1, 9)} million barrels last week, down from ${n(2, 9)}.${n(1, 9)} million the week before.`,
  (p, n) => `Payroll costs IQD ${n(500, 999)} billion a month, ${p(SOURCES)}.`,
  (p, n) => `Production is running at a third of the ${n(200, 400)},000 bpd pumped before the takeover, ${p(SOURCES)}.`,
];

const FILLER: ((p: Pick, n: (lo: number, hi: number) => string) => string)[] = [
  (p) => `Officials in Baghdad and Erbil met again on ${p(DAYS)} without reaching an agreement on how the northern oil sales should be handled.`,
  (_p, n) => `At least ${n(3, 40)} people were hurt in clashes ${n(10, 90)} kilometres south of the city, a hospital official said.`,
  (_p, n) => `The meeting was scheduled for ${n(1, 12)}:${n(10, 59)} local time, but it started late as delegations argued over the agenda.`,
  (_p, n) => `Article ${n(100, 200)} of the constitution, adopted in ${n(2000, 2010)}, was meant to settle the status of disputed areas.`,
  () => `Analysts said the dispute was unlikely to be settled quickly, as neither side appeared willing to give ground on revenue sharing.`,
  (_p, n) => `Turnout was ${n(50, 90)} percent, and ${n(80, 99)}.${n(1, 9)} percent of ballots backed the proposal, the commission said.`,
  () => `Traders said buyers in the Mediterranean were cautious, waiting for clarity on who had the right to sell the cargoes.`,
  (_p, n) => `A ${n(30, 70)}-year-old engineer said staff had been told to stay home until further notice, and the site was quiet.`,
  () => `The ministry did not respond to a request for comment, and regional officials declined to discuss the figures in detail.`,
];

/** `count` articles of roughly `size` characters each. */
export function* generateArticles(count: number, seed = 20171016, size = 10_000): Generator<Article> {
  const rand = prng(seed);
  const pick: Pick = (xs) => xs[Math.floor(rand() * xs.length)] as (typeof xs)[number];
  const n = (lo: number, hi: number) => String(lo + Math.floor(rand() * (hi - lo + 1)));
  for (let i = 0; i < count; i++) {
    const day = 1 + Math.floor(rand() * 28);
    const month = 1 + Math.floor(rand() * 12);
    const published = `2017-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const parts: string[] = [];
    let length = 0;
    while (length < size) {
      const sentences: string[] = [];
      for (let s = 0; s < 4; s++) sentences.push(rand() < FIGURE_SHARE ? pick(FIGURE_SENTENCES)(pick, n) : pick(FILLER)(pick, n));
      const para = sentences.join(' ');
      parts.push(para);
      length += para.length + 2;
    }
    yield { published, text: parts.join('\n\n') };
  }
}

/** Articles totalling at least `bytes` UTF-8 bytes. */
export function generateCorpus(bytes: number, seed = 20171016): { articles: Article[]; bytes: number } {
  const articles: Article[] = [];
  let total = 0;
  const gen = generateArticles(Number.MAX_SAFE_INTEGER, seed);
  while (total < bytes) {
    const a = gen.next().value as Article;
    articles.push(a);
    total += Buffer.byteLength(a.text, 'utf8');
  }
  return { articles, bytes: total };
}
