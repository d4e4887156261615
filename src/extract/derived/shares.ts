// Three ways a percentage implies a level:
// - "30 percent of the 720,000 bpd" → the part (30% × 720,000), dated like the whole;
// - "some 210,000 bpd, accounting for 35 percent of Norland's exports" → the whole (210,000 / 35%);
// - "45 per cent of March's flows", the flows stated earlier → the part of that earlier figure;
//   the parts listed after it ("…, with Orlin next at 25 percent") are parts of the same whole.
import { tag, type Candidate } from '../base/candidate';
import { clauseEnd, sentenceLeft } from '../base/clauses';
import type { ExtractContext, Refiner } from '../base/context';
import { derive } from '../base/derive';
import { QUALIFIER_TAIL } from '../refiners/qualifiers';

const OF_FIGURE = /^\s+of\s+(?:the\s+)?$/i;
const PART_THEN_SHARE = new RegExp(
  String.raw`^\s*(?:\([^)]{0,20}\)\s*)?,\s*(?<link>(?:which\s+)?(?:accounting\s+for|accounts?\s+for|accounted\s+for|representing|represents?|or|equal\s+to|equivalent\s+to|making\s+up|makes?\s+up|comprising))\s+(?:${QUALIFIER_TAIL}\s+)?$`,
  'i',
);
// The flow may be named by what was done with it: "of the crude shipped since March", "of
// Velmar's oil exported in May".
const OF_FLOWS = /^\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?(?:flows?|exports?|output|production|shipments|loadings|volumes?|throughput|supply|supplies|total|(?:oil|crude|barrels)\s+(?:shipped|exported|loaded|sold|pumped|produced))\b/i;
const FLOW_UNITS = new Set(['bbl/d', 'bbl']);
// "…, or about 12% of total …", "accounted for roughly 13% of China's imports": a share that
// places a figure already given inside a larger whole. Its "of …" is that whole, not a figure
// the share is a part of, so no part is derived from an earlier figure.
const PLACES_FIGURE = new RegExp(
  String.raw`\b(?:accounting\s+for|accounts?\s+for|accounted\s+for|representing|represents?|represented|or|equal\s+to|equivalent\s+to|making\s+up|makes?\s+up|made\s+up|comprising)\s+(?:${QUALIFIER_TAIL}\s+)?$`,
  'i',
);
// "…shipped about 2.5 million bpd of fuel, roughly 45% of the region's supply": a share set off by
// a comma right after its sentence's figure is that figure's place in a larger whole, as "or" is.
const APPOSED = new RegExp(String.raw`,\s*(?:${QUALIFIER_TAIL}\s+)?$`, 'i');
const WHICH_WAS = new RegExp(String.raw`^[^,.;]{0,30},\s*which\s+(?:averaged|were|was|totall?ed|stood\s+at|reached|ran\s+at|came\s+to)\s+(?:${QUALIFIER_TAIL}\s+)?$`, 'i');
const BY_VALUE = /^\s+(?:by|in)\s+value\b/i;
const WORLD = /\b(?:world(?:['’]s)?|global|worldwide)\b/i;

export const derivedShares: Refiner = {
  name: 'derived:shares',
  refine(ctx, figures) {
    const out = [...figures];
    // The whole each share was found to be a part of, for the shares listed after it.
    const wholes = new Map<Candidate, Candidate>();
    const partOfWhole = (s: Candidate, whole: Candidate, start: number, end: number, rule: string) => {
      wholes.set(s, whole);
      out.push(partOf(s, whole, start, end, rule));
    };
    figures.forEach((s, i) => {
      // "more than 90% of the volumes" is a bound: the part or whole it would give is no level.
      if (s.kind !== 'share' || s.bound) return;
      const next = figures[i + 1];
      const prev = figures[i - 1];
      if (next && next.sentence === s.sentence && next.start - s.end < 12 && next.unit && next.unit !== '%' && OF_FIGURE.test(ctx.text.slice(s.end, next.start))) {
        partOfWhole(s, next, s.start, next.end, 'share-of-figure');
        return;
      }
      // Only a level: "429,000 b/d shut in, or 24% of Gulf output" places the loss in the output
      // the region had; that output is stated elsewhere if at all, and the gold sets leave it.
      const link = prev && prev.sentence === s.sentence && s.start - prev.end < 80 && prev.unit && FLOW_UNITS.has(prev.unit) && prev.kind !== 'change' ? PART_THEN_SHARE.exec(ctx.text.slice(prev.end, s.start)) : null;
      if (prev && link?.groups?.link) {
        const linkStart = prev.end + (link.index ?? 0) + link[0].indexOf(link.groups.link);
        const end = trimEnd(ctx.text, s.end, clauseEnd(ctx, s.end));
        // "half a million bpd, or 0.5% of global oil supply": the world's total is no series.
        if (WORLD.test(ctx.text.slice(s.end, end))) return;
        const whole = wholeSubject(ctx, s, end);
        const d = derive({
          start: linkStart,
          end,
          value: prev.value / (s.value / 100),
          from: [prev, s],
          period: prev.period,
          approx: prev.approx || s.approx,
          rule: 'total-from-share',
          subject: whole ?? prev.subject,
        });
        out.push(d);
        return;
      }
      const used = utilisedFigure(ctx, figures, i, s);
      if (used) {
        out.push(inUse(ctx, s, used));
        return;
      }
      const that = OF_THAT.exec(ctx.text.slice(s.end, s.end + 60));
      const named = that ? figureJustNamed(figures, i) : null;
      if (that && named) {
        partOfWhole(s, named, s.start, s.end + that[0].length, 'share-of-that');
        return;
      }
      const flows = OF_FLOWS.exec(ctx.text.slice(s.end, s.end + 80));
      // "60% of Saudi crude exports, which averaged 6.8 million bpd in May": the whole is the
      // figure the relative clause states, not an earlier one.
      if (flows && next && next.sentence === s.sentence && next.unit && FLOW_UNITS.has(next.unit) && next.start - s.end < 120) {
        const between = ctx.text.slice(s.end + flows[0].length, next.start);
        if (WHICH_WAS.test(between)) {
          partOfWhole(s, next, s.start, next.end, 'share-of-figure-after');
          return;
        }
      }
      // "a tenth of the world's oil supply", "5 per cent of global output": the whole is the
      // world's, never a figure the story stated for one terminal or country.
      if (!flows) {
        const listed = listedWhole(ctx, figures, i, wholes);
        if (listed) partOfWhole(s, listed, s.start, s.end, 'share-of-listed-whole');
        return;
      }
      if (!s.period || WORLD.test(flows[0])) return;
      // Only when a figure stands before it in the sentence: "Kirkuk crude accounted for 40 per
      // cent of December's flows" with no figure of its own is still a part of December's flows.
      if (prev && prev.sentence === s.sentence && placesFigure(sentenceLeft(ctx, s.start, 60))) return;
      // "32% of the country's exports by value": a share of money, not of a volume.
      if (BY_VALUE.test(ctx.text.slice(s.end + flows[0].length, s.end + flows[0].length + 12))) return;
      const base = earlierFigure(figures, i, s, flows[0]);
      if (base) partOfWhole(s, base, s.start, s.end + flows[0].length, 'share-of-earlier-figure');
    });
    return out;
  },
};

// "Some 35 percent of that crude is pumped at two wells": the whole is the last flow named (in this
// sentence or the three before: a quote may stand between), whatever time words the share has.
const THAT_REACH = 3;
const OF_THAT = /^\s+of\s+(?:that|this|those|these)\s+(?:[\w'’-]+\s+)?(?:crude|oil|volumes?|output|production|flows?|exports?|total|amount|barrels|supply|supplies|shipments)\b/i;

function figureJustNamed(figures: Candidate[], i: number): Candidate | null {
  const s = figures[i] as Candidate;
  for (let j = i - 1; j >= 0; j--) {
    const g = figures[j] as Candidate;
    if (g.sentence < s.sentence - THAT_REACH) return null;
    if (g.kind === 'level' && g.unit && FLOW_UNITS.has(g.unit) && !g.bound) return g;
  }
  return null;
}

// A breakdown goes on after its first part: "three fifths of the crude loaded in May was bound for
// Velmar, with Orlin next at 25 percent" (a list: share:list in refiners/shares.ts), or a sentence
// or two later, "Orlin lifted its share to 20 percent" (a share with no whole of its own). Each
// part is of the whole the first part was of, when it holds for the same period.
// Not a share that names its own whole ("Tarsk's share of the market was 20 percent").
const OWN_SHARE = /\b(?:its|their|[A-Z][\w-]*['’]s)\s+(?:[\w-]+\s+)?share\b(?:(?!\bof\b)[^.;%]){0,30}$/;

function listedWhole(ctx: ExtractContext, figures: Candidate[], i: number, wholes: Map<Candidate, Candidate>): Candidate | null {
  const s = figures[i] as Candidate;
  const list = s.tags.includes('share:list');
  if (!list && (/^\s+of\b/i.test(ctx.text.slice(s.end, s.end + 5)) || !OWN_SHARE.test(sentenceLeft(ctx, s.start, 80)))) return null;
  for (let j = i - 1; j >= 0; j--) {
    const g = figures[j] as Candidate;
    if (g.sentence < s.sentence - (list ? 0 : 2)) return null;
    if (g.kind !== 'share') continue;
    const whole = wholes.get(g);
    if (!whole) return null;
    const same = whole.period && s.period && whole.period.asOf === s.period.asOf && whole.period.asOfTo === s.period.asOfTo;
    return same ? whole : null;
  }
  return null;
}

// A fourth way, kept here with the others: a share of a capacity stated just before ("capacity of
// 603,000 b/d … running at about 40 percent of capacity since Monday", "… at about half that rate
// as of Monday") is the rate in use, a level dated when the share holds. "That rate" may also be a
// level just stated ("pumped 300,000 bpd in May and now runs at half that rate").
const OF_CAPACITY = /^\s+(?:of\s+)?(?:(?:its|their|the|that|this)\s+)?(?:(?:installed|nameplate|design|refining|processing)\s+)?capacity\b/i;
const OF_THAT_RATE = /^\s+(?:of\s+)?(?:that|this)\s+(?:rate|level|pace)\b/i;

/** The capacity, or the rate just named, that a utilisation share is a part of. */
function utilisedFigure(ctx: ExtractContext, figures: Candidate[], i: number, s: Candidate): Candidate | null {
  const right = ctx.text.slice(s.end, s.end + 50);
  const capacity = OF_CAPACITY.test(right);
  if (!capacity && !OF_THAT_RATE.test(right)) return null;
  for (let j = i - 1; j >= 0; j--) {
    const g = figures[j] as Candidate;
    // In this sentence or the one before: a plant two sentences back is likely another plant.
    // "That rate" is the figure just named.
    if (g.sentence < s.sentence - 1) break;
    if (!g.unit || !FLOW_UNITS.has(g.unit) || g.bound) continue;
    // "with capacity of 603,000 b/d", "can process 300,000 bpd": both say what the plant can do.
    const isCapacity = g.kind === 'target' && (g.tags.includes('target:capacity') || g.tags.includes('target:can'));
    if (isCapacity || (!capacity && g.kind === 'level')) return g;
    if (!capacity) return null;
  }
  return null;
}

function inUse(ctx: ExtractContext, s: Candidate, whole: Candidate): Candidate {
  const d = derive({
    start: s.start,
    end: trimEnd(ctx.text, s.end, clauseEnd(ctx, s.end)),
    value: (s.value / 100) * whole.value,
    from: [whole, s],
    period: s.period ?? whole.period,
    approx: s.approx || whole.approx,
    rule: 'utilisation-of-capacity',
    subject: whole.subject ?? s.subject,
  });
  return d;
}

/** Whether the words before a share place the figure before it in a whole ("…, or about 12% of"). */
function placesFigure(left: string): boolean {
  return PLACES_FIGURE.test(left) || APPOSED.test(left);
}

function partOf(share: Candidate, whole: Candidate, start: number, end: number, rule: string): Candidate {
  const d = derive({
    start,
    end,
    value: (share.value / 100) * whole.value,
    from: [whole, share],
    period: whole.period ?? share.period,
    approx: share.approx || whole.approx,
    rule,
    subject: share.subject,
  });
  tag(d, 'share');
  return d;
}

/** The whole is what the "of …" after the share names ("of Iraqi Kurdistan's oil exports"). */
function wholeSubject(ctx: ExtractContext, s: Candidate, end: number): Candidate['subject'] {
  const m = ctx.mentions(s.sentence).find((x) => x.entity && x.start >= s.end && x.start < end);
  return m?.entity ?? null;
}

/**
 * The latest earlier flow figure for the same period: the whole a later share refers to. A share
 * with no time words of its own (dated only by publication) refers to a flow figure in its own
 * sentence ("107,000 bpd …, with one field supplying 45 per cent of the total"), or to one up to
 * four sentences back when its "of …" words name that figure's month ("70 per cent of the
 * February volume").
 */
function earlierFigure(figures: Candidate[], i: number, s: Candidate, ofWords: string): Candidate | null {
  const undated = s.period?.tag === 'date:published';
  const month = undated ? namedMonth(ofWords) : 0;
  for (let j = i - 1; j >= 0; j--) {
    const g = figures[j] as Candidate;
    if (undated && g.sentence < s.sentence - (month ? 4 : 0)) break;
    if (g.kind !== 'level' || !g.unit || !FLOW_UNITS.has(g.unit) || !g.period || !s.period) continue;
    if (undated && (g.sentence === s.sentence || Number(g.period.asOf.slice(5, 7)) === month)) return g;
    if (g.period.asOf === s.period.asOf && g.period.asOfTo === s.period.asOfTo) return g;
  }
  return null;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The month (1-12) a phrase names by its full name, or 0. */
function namedMonth(words: string): number {
  const lower = words.toLowerCase();
  for (let k = 0; k < 12; k++) if (lower.includes(MONTHS[k] as string)) return k + 1;
  return 0;
}

/** Clause end without the sentence's closing punctuation. */
function trimEnd(text: string, from: number, end: number): number {
  let e = end;
  while (e > from && /[\s.!?"”’')]/.test(text[e - 1] ?? '')) e--;
  return e;
}
