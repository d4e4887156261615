// Fractions written in words are percentages: "about a quarter of national output" (a 25% share),
// "exports have fallen by a third" (a 33.33% fall), "two-thirds of its crude sales", "one in five
// barrels". Only two frames make them figures: "<fraction> of <something economic>" (a share)
// and "<verb> by <fraction>" or "<fraction> lower/higher" (a change); "a third of the members
// voted", "a quarter of an hour" and "the third quarter" are not. "a quarter of the 260,000 bpd"
// and "half the level" stay with the derived rules that read them as multipliers.
//
// Runs first, so the qualifier, change, share, subject and date rules treat these like any other
// figure (found in the shared cue-word pass); `strayFractions` later drops the ones no rule made
// a change or a share.
import { makeCandidate, type Candidate } from '../base/candidate';
import type { ExtractContext, Refiner } from '../base/context';
import { QUALIFIER_TAIL } from './qualifiers';
import { cueWords } from './cue-words';
import { firstFrom } from '../base/derive';

const PARTS: Record<string, number> = { half: 1 / 2, Half: 1 / 2, third: 1 / 3, quarter: 1 / 4, fifth: 1 / 5, tenth: 1 / 10 };
const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4 };
const ONE_IN: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

const ECONOMIC = String.raw`output|production|exports?|imports?|supply|supplies|revenues?|income|earnings|capacity|demand|market|total|volumes?|flows?|crude|oil|gas|fuel|budget|spending|purchases|sales|consumption|reserves|shipments|loadings|deliveries|arrivals|throughput|stocks|inventories|barrels|cargoes|gdp|economy|debt`;
export const OF_ECONOMIC = new RegExp(String.raw`^ +of +(?:[\w'’-]+ +){0,4}?(?:${ECONOMIC})\b`, 'i');
const ONE_IN_ECONOMIC = new RegExp(String.raw`^ +(?:[\w'’-]+ +){0,2}?(?:${ECONOMIC})\b`, 'i');
const BY_BEFORE = new RegExp(String.raw`\bby\s+(?:${QUALIFIER_TAIL}\s+)?$`, 'i');

const POSSESSOR = /(?:\b[A-Z][\w-]*['’]s|\b(?:its|their))\s+$/;
const AT_BEFORE = new RegExp(String.raw`\bat\s+(?:${QUALIFIER_TAIL}\s+)?$`, 'i');
// What is used: a capacity ("its capacity", "full capacity" is no fraction) or "that rate".
const UTILISED = /^\s+(?:of\s+)?(?:(?:(?:its|their|the|that|this)\s+)?(?:(?:installed|nameplate|design|refining|processing)\s+)?capacity|(?:that|this)\s+(?:rate|level|pace))\b/i;

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The word ending right before `end` (after one space or hyphen), lower-cased, and where it starts. */
function wordBefore(text: string, end: number): { word: string; start: number } | null {
  const sep = text.charCodeAt(end - 1);
  if (sep !== 32 && sep !== 45) return null;
  let s = end - 1;
  while (s > 0 && isLetter(text.charCodeAt(s - 1))) s--;
  if (s === end - 1 || (s > 0 && /\w/.test(text[s - 1] ?? ''))) return null;
  return { word: text.slice(s, end - 1).toLowerCase(), start: s };
}

function fraction(ctx: ExtractContext, start: number, end: number, percent: number, kind: 'level' | 'share'): Candidate {
  return makeCandidate({
    start,
    end,
    value: Math.round(percent * 100) / 100,
    unit: '%',
    kind,
    sentence: ctx.sentenceAt(start),
    tags: ['number:fraction', ...(kind === 'share' ? ['share'] : [])],
  });
}

function read(ctx: ExtractContext, at: number, head: string, part: number): Candidate | null {
  const text = ctx.text;
  let end = at + head.length;
  const plural = text.charCodeAt(end) === 115; // "thirds", "quarters"
  if (plural) end++;
  if (isLetter(text.charCodeAt(end)) || (at > 0 && isLetter(text.charCodeAt(at - 1)))) return null;
  const count = wordBefore(text, at);
  const n = count ? COUNTS[count.word] : undefined;
  const bareHalf = part === 1 / 2 && !plural;
  if (n === undefined && !bareHalf) return null;
  if (plural !== (n !== undefined && n > 1)) return null;
  const start = n !== undefined && count ? count.start : at;
  const right = text.slice(end, end + 70);
  // "half a million" is a number; "a third quarter" a period; "a third party", "for a third day" ordinals.
  if (/^\s+(?:an?|quarter|party|parties|time|times|day|week|month|year|round|term|straight|consecutive|successive|largest|biggest)\b/i.test(right)) return null;
  const value = (n ?? 1) * part * 100;
  const of = OF_ECONOMIC.exec(right);
  // "a quarter of the 260,000 bpd": a multiplier of the figure that follows.
  if (of && !/\d/.test(of[0])) return fraction(ctx, start, end, value, 'level');
  // "Kuwait's half of that, around 250,000 bpd", "its half of the output": one party's part of a
  // whole split between parties, a share. Not "the year's second half" (an ordinal stands between)
  // nor "the company's half-year results" (a hyphen follows).
  if (n === undefined && text.charCodeAt(end) !== 45 && POSSESSOR.test(text.slice(Math.max(0, at - 40), at)) && /^\s+of\b/i.test(right)) return fraction(ctx, start, end, value, 'share');
  // "running at about half that rate", "at a third of capacity": how much of a plant's capacity (or
  // of the rate just named) is used, a share; derived/shares.ts reads the level it implies.
  if (AT_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && UTILISED.test(right)) return fraction(ctx, start, end, value, 'share');
  // "by a third", or "a third lower than a year earlier" (the change rule reads "lower"/"higher").
  if (BY_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || /^\s+(?:lower|higher)\b/i.test(right)) return fraction(ctx, start, end, value, 'level');
  return null;
}

/** "one in five barrels": a share of a count. */
function readOneIn(ctx: ExtractContext, at: number): Candidate | null {
  const text = ctx.text;
  if (at > 0 && isLetter(text.charCodeAt(at - 1))) return null;
  const m = /^(?:one|One)\s+in\s+([a-z]+)\b/.exec(text.slice(at, at + 20));
  const n = m?.[1] ? ONE_IN[m[1]] : undefined;
  if (!m || !n) return null;
  const end = at + m[0].length;
  if (!ONE_IN_ECONOMIC.test(text.slice(end, end + 50))) return null;
  return fraction(ctx, at, end, 100 / n, 'share');
}

export const fractionWords: Refiner = {
  name: 'fraction-words',
  refine(ctx, figures) {
    const found: Candidate[] = [];
    for (const { at, word } of cueWords(ctx)) {
      const part = PARTS[word];
      const c = part ? read(ctx, at, word, part) : word === 'one in ' || word === 'One in ' ? readOneIn(ctx, at) : null;
      if (c) found.push(c);
    }
    if (!found.length) return figures;
    // A fraction inside a figure already read ("half a million barrels") is that figure's; but
    // "one in five barrels" is a share, not five barrels, and the "two" of "two-thirds" (kept
    // for now as one end of a possible range) is part of the fraction.
    // Both lists are sorted by start, and figures do not overlap one another: only the figure
    // starting before a fraction and those starting inside it can overlap it.
    const drop = new Set<Candidate>();
    const fresh: Candidate[] = [];
    for (const c of found) {
      let clash = false;
      for (let j = Math.max(0, firstFrom(figures, c.start) - 1); j < figures.length; j++) {
        const f = figures[j] as Candidate;
        if (f.start >= c.end) break;
        if (f.end <= c.start) continue;
        if (f.unit === null || c.kind === 'share') drop.add(f);
        else clash = true;
      }
      if (!clash) fresh.push(c);
    }
    const kept = drop.size ? figures.filter((f) => !drop.has(f)) : figures;
    return [...kept, ...fresh].sort((a, b) => a.start - b.start);
  },
};

/** Fractions that neither the change rule nor the share rule took are not figures. */
export const strayFractions: Refiner = {
  name: 'stray-fractions',
  refine(_ctx, figures) {
    return figures.some((f) => f.kind === 'level' && f.unit === '%' && f.tags[0] === 'number:fraction')
      ? figures.filter((f) => !(f.kind === 'level' && f.unit === '%' && f.tags[0] === 'number:fraction'))
      : figures;
  },
};
