// Where a figure without time words of its own takes its period from: another figure it is tied
// to in its sentence (a restatement, a breakdown, a coordinated verb, a rival estimate, a list
// it ends, a price of the same session) or, for a sentence that refers back ("the decline"), the dated figure before it. Tried
// in this order by the date refiner's second pass; the first that answers wins.
import type { Candidate } from '../base/candidate';
import type { ExtractContext } from '../base/context';
import { perArticle } from '../base/memo';
import { restatesInBrackets } from '../base/bracketed';
import { partOfThat } from './part-of-that';
import { sameSession } from './same-session';
import type { TimeExpr } from './time-spec';

const REFERS_BACK = /\bthe\s+(?:decline|drop|fall|rise|increase|gain|loss|shortfall|slump|cut)\b/i;

/** The figure whose period `f` (the i-th of `figures`) shares, or null. */
export function donorFor(ctx: ExtractContext, f: Candidate, i: number, figures: Candidate[], ownerOf: (t: TimeExpr) => Candidate | null | undefined): Candidate | null {
  if (f.restates?.period) return f.restates;
  if (f.paired?.period) return f.paired;
  return apposed(ctx, f, i, figures) ?? measuredAgainst(ctx, f, i, figures) ?? linked(ctx, f, i, figures) ?? fronted(ctx, f, ownerOf) ?? coordinated(ctx, f, i, figures) ?? listTail(ctx, f, i, figures) ?? otherEstimate(ctx, f, i, figures) ?? partOfThat(ctx, f, i, figures) ?? borrowFrom(ctx, f, i, figures) ?? sameSession(ctx, f, i, figures);
}

// "17.4 million barrels in October, an average of 561,000 bpd", "3.8 million bpd for 2018,
// including 250,000 bpd from Kirkuk", "$81.20 on Friday, a premium of $1.10 to Brent": a figure
// restating, breaking down or pricing against the one before it.
const APPOSED = /^[^;.]{0,30}?,\s*(?:an?\s+average\s+of|averaging|or|equivalent\s+to|equal\s+to|including|of\s+which|an?\s+(?:premium|discount|spread)\s+of)\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+)?$/i;

// "took 5.7 million barrels a day offline, about 5 per cent of world output": a share set after a
// comma says how big the figure before it is, at the same time, even past the figure's own time
// words and source ("in the second quarter, by the ministry's count, or about 9% of …").
// A clause of place and source may sit between ("passed through the strait in the first nine
// months, by the agency's estimates, or about a tenth of …"): up to 180 characters.
const APPOSED_SHARE = /^[^;]{0,180}?,\s*(?:or\s+)?(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+)?$/i;

// "lost 2.1 million barrels to leaks over two years, worth some $150 million": the money value of
// the barrels before it, counted over the same time.
const WORTH = /^[^;.]{0,100}?\b(?:worth|valued\s+at)\s+(?:an\s+estimated\s+|about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?$/i;
const isMoney = (f: Candidate) => f.unit === 'USD' || f.unit === 'IQD';

function apposed(ctx: ExtractContext, f: Candidate, i: number, figures: Candidate[]): Candidate | null {
  // "198.9 trillion dinars ($153 billion) for 2023": one fact in two units, dated together.
  const next = figures[i + 1];
  if (next?.period && restatesInBrackets(ctx.text, f, next)) return next;
  const prev = figures[i - 1];
  if (prev?.period && restatesInBrackets(ctx.text, prev, f)) return prev;
  if (!prev || prev.sentence !== f.sentence || !prev.period || f.start - prev.end > (f.kind === 'share' ? 200 : 120)) return null;
  const between = ctx.text.slice(prev.end, f.start);
  if (isMoney(f) && prev.unit === 'bbl' && WORTH.test(between)) return prev;
  return (f.start - prev.end <= 60 && APPOSED.test(between)) || (f.kind === 'share' && APPOSED_SHARE.test(between)) ? prev : null;
}

// "shipped 820,000 bpd, 45,000 bpd less than a month earlier in April": the change right after
// a level, dated from the month it is measured against, says when the level holds too.
const CHANGE_AFTER = /^\s*,\s*(?:or\s+)?$/;

function measuredAgainst(ctx: ExtractContext, f: Candidate, i: number, figures: Candidate[]): Candidate | null {
  const next = figures[i + 1];
  if (f.kind !== 'level' || !next || next.sentence !== f.sentence || next.kind !== 'change' || next.unit !== f.unit) return null;
  return next.period?.tag === 'date:month-after-base' && CHANGE_AFTER.test(ctx.text.slice(f.end, next.start)) ? next : null;
}

// "earned $1.9 billion in January, …, after exporting an average of 980,000 bpd at an average
// price of $67 a barrel": figures of the same report, tied to a dated one by "after … an average
// of", "at a price of", share its period unless they have time words of their own.
const LINKED = /(?:\b(?:after|while|with|by)\b[^;.]{0,60}?\b(?:an?\s+average\s+of|averaging|averaged|a\s+total\s+of|accounting\s+for|making\s+up|stood\s+at|totall?ed|reached)|\bat\s+(?:an?\s+)?(?:average\s+|mean\s+)?(?:price|rate)\s+of|\bat)\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+)?$/i;

function linked(ctx: ExtractContext, f: Candidate, i: number, figures: Candidate[]): Candidate | null {
  const prev = figures[i - 1];
  if (!prev || prev.sentence !== f.sentence || !prev.period || prev.period.tag === 'date:published' || f.start - prev.end > 200) return null;
  return LINKED.test(ctx.text.slice(prev.end, f.start)) ? prev : null;
}

// "In January, Kuwait pumped 2.7 million bpd, while its exports averaged 2 million bpd": time
// words fronted before a comma set the time of the whole sentence.
const FRONTED_TAIL = /^(?:['’]s)?(?:\s+[a-z]+){0,2}\s*,/;

function fronted(ctx: ExtractContext, f: Candidate, ownerOf: (t: TimeExpr) => Candidate | null | undefined): Candidate | null {
  const s = ctx.sentences[f.sentence];
  const t = ctx.times(f.sentence)[0];
  if (!s || !t || t.role !== 'time' || t.start >= f.start) return null;
  // "Of Friday's volume, …" fronts the time inside a short phrase, as "On Friday, …" does.
  // "As of January 24, 2020, production had dropped to …" gives a data date the same way.
  if (!/^(?:of|out\s+of|as\s+of)?$/i.test(ctx.text.slice(s.start, t.start).trim().replace(/^["“']/, '')) || !FRONTED_TAIL.test(ctx.text.slice(t.end, t.end + 30))) return null;
  // The figure that owns the fronted words already holds their period.
  const owner = ownerOf(t);
  return owner && owner !== f && owner.time === t && owner.period ? owner : null;
}

// "exported 30 million barrels and earned $2 billion in January": two verbs of one subject share
// the time words after the second.
const AND_VERB = /^\s+(?:\w+\s+){0,3}?and\s+(?:also\s+)?[a-z]+(?:ed|t)\s+(?:(?:about|around|some|roughly|nearly|almost|a\s+record|an\s+average\s+of)\s+)?$/i;

function coordinated(ctx: ExtractContext, f: Candidate, i: number, figures: Candidate[]): Candidate | null {
  const next = figures[i + 1];
  if (!next || next.sentence !== f.sentence || !next.time || next.time.role !== 'time' || next.time.start < next.end || !next.period) return null;
  return AND_VERB.test(ctx.text.slice(f.end, next.start)) ? next : null;
}

// "…flows of 240,000 bpd on Monday, while Kurdish officials put them at 300,000 bpd": a rival
// estimate of the same thing is for the same time.
const RIVAL = /\b(?:while|whereas|but)\b[^;.]{0,60}\b(?:put|puts|estimated|estimates|said|says|reported|gave|saw|measured|pegged)\b/i;

function otherEstimate(ctx: ExtractContext, f: Candidate, i: number, figures: Candidate[]): Candidate | null {
  const prev = figures[i - 1];
  if (!prev || prev.sentence !== f.sentence || prev.unit !== f.unit || !prev.time) return null;
  return RIVAL.test(ctx.text.slice(prev.end, f.start)) ? prev : null;
}

// Words between list items that make the later one a comparison, not a sibling.
const LIST_REACH = 600;
const NOT_A_LIST = /\b(?:from|against|compared|versus|than|said|says|while|but)\b|;/i;

/**
 * "Bai Hassan produced 140,000 bpd, Avana Dome 60,000 bpd and Baba Gurgur 100,000 bpd on
 * Tuesday": items of a list share the time words written after the last one.
 */
function listTail(ctx: ExtractContext, f: Candidate, i: number, figures: Candidate[]): Candidate | null {
  // Each step tests only the stretch since the previous item (the earlier ones passed already), and
  // a list's tail sits near its head: a run-on sentence of thousands of figures stays linear.
  let from = f.end;
  for (let j = i + 1; j < figures.length; j++) {
    const g = figures[j] as Candidate;
    if (g.sentence !== f.sentence || g.unit !== f.unit || g.kind !== f.kind) return null;
    if (g.start - f.end > LIST_REACH) return null;
    if (NOT_A_LIST.test(ctx.text.slice(from, g.start).replace(/\b(?:more|less|fewer)\s+than\b/gi, ''))) return null;
    from = g.start;
    if (g.time && g.time.role === 'time' && g.time.start >= g.end && g.period) return g;
  }
  return null;
}

const refersBackMemo = perArticle<number, boolean>();

/** Whether a sentence speaks of "the decline", "the rise" …: tested once per sentence. */
function refersBack(ctx: ExtractContext, sentence: number): boolean {
  return refersBackMemo(ctx, sentence, sentenceRefersBack);
}

function sentenceRefersBack(ctx: ExtractContext, sentence: number): boolean {
  const s = ctx.sentences[sentence];
  return s ? REFERS_BACK.test(ctx.text.slice(s.start, s.end)) : false;
}

/**
 * An undated share of a figure takes that figure's date ("40 percent of the 550,000 bpd … in
 * September"); a part of "the decline" takes the date of the figure before it.
 */
function borrowFrom(ctx: ExtractContext, f: Candidate, i: number, figures: Candidate[]): Candidate | null {
  const next = figures[i + 1];
  if (f.kind === 'share' && next && next.sentence === f.sentence && /^\s+of\s+(?:the\s+)?$/i.test(ctx.text.slice(f.end, next.start))) return next;
  if (refersBack(ctx, f.sentence)) {
    for (let j = i - 1; j >= 0; j--) {
      const g = figures[j] as Candidate;
      if (g.sentence < f.sentence - 1) break;
      if (g.sentence === f.sentence - 1 && g.period && g.time) return g;
    }
  }
  return null;
}

// "U.S. crude inventories fell by 2.5 million barrels last week. Gasoline stocks were down by 2.9
// million barrels, while distillates dropped by 2.1 million barrels": changes in the same unit in
// a sentence right after one dated by a week or a month, with no time words at all, go on with
// the same report. Tried after the story's own period (the date refiner), which a lead sets.
const LOOK_BACK = 12;

export function sameReport(ctx: ExtractContext, f: Candidate, i: number, figures: Candidate[]): Candidate | null {
  if (f.kind !== 'change' || ctx.times(f.sentence).some((t) => t.role !== 'speech')) return null;
  for (let j = i - 1; j >= 0 && j >= i - LOOK_BACK; j--) {
    const g = figures[j] as Candidate;
    if (g.sentence < f.sentence - 1) return null;
    if (g.sentence === f.sentence) continue;
    if (g.kind === 'change' && g.unit === f.unit && g.time?.role === 'time' && g.period?.asOfTo) return g;
  }
  return null;
}
