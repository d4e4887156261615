// When an agreed cut runs. A cut or quota is reported when it is agreed, but it holds from the
// day it starts, which the article names once: "the cut is due to begin on May 1", "quotas were
// set for May-June", "cut 9.7 million bpd from May 1". Its other mentions, with no time words of
// their own ("Mexico's quota will be 100,000 bpd"), hold from that day too, not from the day the
// deal was reported. And words of the decision ("the cut agreed in April") name when it was
// agreed, which has already happened, even though a plan otherwise looks ahead.
import type { Candidate } from '../base/candidate';
import type { ExtractContext } from '../base/context';
import { perArticle } from '../base/memo';
import { resolveTimeUnmemoised } from './resolve-time';
import type { Period, TimeExpr } from './time-spec';

/** A planned cut: a negative target that is not a facility's size. */
export const isPlannedCut = (f: Candidate): boolean => f.kind === 'target' && f.value < 0 && !f.tags.includes('target:facility-size');

// "bringing its ceiling to 32.5 million bpd", "agreed to pump 4.351 million bpd", "will be allowed
// to raise output to 3.8 million bpd": in an article about a cut, the output a member may pump
// holds while the cut does. A capacity or a facility's size is no part of the deal.
const CAPACITY_NEAR = /\b(?:capacity|can\s+(?:carry|handle|process|pump|produce|ship|move)|able\s+to|designed)\b[^.;]{0,40}$/i;

/** A daily volume allowed under a plan (a quota, a ceiling): a positive daily target, not a capacity. */
export function isPlannedLevel(ctx: ExtractContext, f: Candidate): boolean {
  if (f.kind !== 'target' || f.value <= 0 || f.unit !== 'bbl/d' || f.tags.includes('target:facility-size')) return false;
  return !CAPACITY_NEAR.test(ctx.text.slice(Math.max(0, f.start - 60), f.start));
}

// "from May 1" right after the cut, unless it names the level the cut is measured from ("from
// October levels", "from May's output").
const LEVEL_AFTER = /^\s*(?:['’]s\b|levels?\b|output\b|production\b|figures?\b|baseline\b)/i;

// The start of the cut: "begin on", "starting", "effective", "from", or "for May-June".
const START_BEFORE = /\b(?:begins?|began|start|starts|starting|started|effective|effect|from|for)\s+(?:on\s+)?$/i;

/** Whether time words open a plan's run: "from May 1", "due to begin on April 1", "for May-June". */
// "the cuts are measured from October": the baseline, not the start.
const MEASURED_FROM = /\b(?:measured|calculated|counted|computed|based|benchmarked)\s+(?:from|on|against)\s+(?:the\s+)?$/i;

function opensRun(ctx: ExtractContext, t: TimeExpr): boolean {
  if (LEVEL_AFTER.test(ctx.text.slice(t.end, t.end + 20))) return false;
  const prep = /^(?:from|on)\s/i.test(t.text) ? (/^from/i.test(t.text) ? 5 : 3) : 0;
  if (MEASURED_FROM.test(ctx.text.slice(Math.max(0, t.start - 24), t.start + prep))) return false;
  return /^(?:from|for)\s/i.test(t.text) || START_BEFORE.test(ctx.text.slice(Math.max(0, t.start - 20), t.start));
}

/** Whether "from <time>" after a planned cut is when it starts. */
export function startsPlan(ctx: ExtractContext, f: Candidate, t: TimeExpr): boolean {
  return t.role === 'base' && t.start >= f.end && opensRun(ctx, t);
}

// "the cap, which took effect in December": a plan already in force is dated like a decision.
const DECIDED = /\b(?:agreed|announced|decided|approved|reached|signed|struck|sealed|took\s+effect|came\s+into\s+(?:force|effect)|went\s+into\s+effect)\s+(?:on\s+|in\s+)?$/i;

// "In April it agreed to advance $0.8 billion", "On Sunday, OPEC+ agreed to …": the time words
// fronted before the one who decided.
const DECIDED_AFTER = /^,?\s+(?:[\w'’.+-]+\s+){0,4}?(?:agreed|announced|decided|approved|signed|struck|sealed)\b/i;

/** Whether time words tell when a plan was decided ("agreed in April", "In April it agreed"): a past time. */
export function decidedAt(ctx: ExtractContext, t: TimeExpr): boolean {
  if (DECIDED.test(ctx.text.slice(Math.max(0, t.start - 20), t.start + (/^(?:on|in)\s/i.test(t.text) ? 3 : 0)))) return true;
  // Fronted only: the time words open the sentence ("… in June, matching the rise it agreed
  // for May" is no decision in June).
  const s = ctx.sentences[ctx.sentenceAt(t.start)];
  return !!s && /^\s*["“]?$/.test(ctx.text.slice(s.start, t.start)) && DECIDED_AFTER.test(ctx.text.slice(t.end, t.end + 60));
}

/**
 * A plan's start, read either way from publication: the nearer of the past and the future
 * readings ("from May 1" is next month in an April story, last month in a June one).
 */
export function nearestStart(ctx: ExtractContext, t: TimeExpr): Period | null {
  const published = ctx.published as string;
  const past = resolveTimeUnmemoised(t.spec, published, false);
  const future = resolveTimeUnmemoised(t.spec, published, true);
  if (!past || !future) return past ?? future;
  const gap = (p: Period) => Math.abs(Date.parse(p.asOf) - Date.parse(published));
  return gap(past) <= gap(future) ? past : future;
}

// A sentence about a cut's schedule, tested before its time words are read.
const CUT_WORDS = /\b(?:cuts?|reductions?|reduc(?:e|es|ed|ing)\s+(?:output|production|supply|supplies)|quotas?|curbs?)\b/i;
const START_TYPES = new Set(['date', 'month', 'months']);

const startMemo = perArticle<number, Period | null>();

/** The first start of a cut the article names, or null; read once per article. */
export function articlePlanStart(ctx: ExtractContext): Period | null {
  return startMemo(ctx, 0, findStart);
}

function findStart(ctx: ExtractContext): Period | null {
  for (let k = 0; k < ctx.sentences.length; k++) {
    const s = ctx.sentences[k];
    if (!s || !CUT_WORDS.test(ctx.text.slice(s.start, s.end))) continue;
    for (const t of ctx.times(k)) {
      if (t.role === 'speech' || !START_TYPES.has(t.spec.type) || !opensRun(ctx, t)) continue;
      const p = nearestStart(ctx, t);
      if (p) return { asOf: p.asOf, asOfTo: null, tag: 'date:plan-start' };
    }
  }
  return null;
}
