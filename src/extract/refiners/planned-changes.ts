// A change that is planned, agreed, forecast or owed is a target that keeps its sign: "agreed to
// cut output by 500,000 bpd" is −500,000, "demand is expected to fall by 2 million bpd" −2M,
// "could drop another 30 percent" −30 %. The `target` rule leaves changes alone (a rise that
// happened is no plan); this one looks again at the changes with the same cues, and at a cut
// named as a policy ("the 400,000-bpd output cut", "a cut of 1 million bpd" in a deal).
import { tag, type Candidate } from '../base/candidate';
import { clauseStart, leftOf } from '../base/clauses';
import type { ExtractContext, Refiner } from '../base/context';
import { planCue } from './targets';
import { UNDER_DEAL } from './under-deal';

// "the 300,000 bpd cut", "a 1 million bpd production cut", "Saudi Arabia's 500,000-bpd output
// cuts": a cut as a noun right after its size is a producer's decision, not a loss that happened.
const POLICY_CUT_AFTER = /^\s*(?:(?:production|output|supply|export|oil)\s+)?(?:cuts?|reductions?)\b/i;
// A cut a producer decided, named as a noun right after the decision ("announced output cuts
// totalling 1.16 million bpd", "agreed reductions of 2 million bpd"): what it will do, not a loss.
const DECIDED_CUT = /\b(?:announced|announces|unveiled|unveils|agreed|approved|pledged)\s+(?:[\w'’+-]+\s+){0,3}?(?:cuts?|reductions?)\b[^.;]{0,20}$/i;
// A cut that something caused is a loss that happened: "the storm forced a 200,000 bpd cut".
const OUTAGE = /\b(?:storms?|fires?|outages?|attacks?|leaks?|strikes?|blockades?|disruptions?|explosions?|shutdowns?|sabotage|protests?|power\s+cuts?|caused|forced)\b/i;
// The pact that sets a cut, named in the clause before it. "was to be reduced by" is what was
// arranged, like "is due to"; a deal's noun counts only with its "to" ("the proposal to cut …",
// "an agreement has been reached to cut …"), so "after the deal collapsed output fell" is what
// happened.
const AGREEMENT_BEFORE = /\b(?:(?:agreements?|deal|pact|accord|proposals?)\s+(?:[\w'’+-]+\s+){0,4}?to|pledged|committed|promised|vowed|agreed|(?:is|are|was|were)\s+to\s+be)\b/i;
const PARTICIPLE = /^\s*[a-z]+ing\b/;
// "a cut of 7.7 million bpd for six months, and a reduction of 5.8 million bpd from January":
// a change coordinated with a planned one is part of the same plan.
const AND_NEXT = /^[^.;]{0,80}\band\s+(?:then\s+)?(?:an?\s+|the\s+)?[^.;,]{0,30}$/i;

// Under a deal, what a producer is to do, not what happened ("output rose by"); a cut named as a
// noun ("with Orlin's reductions making up the rest") is the deal's too.
const PLAN_VERB = /^(?:cut|cuts|cutting|reduc(?:e|es|ing|tions?)|lower(?:s|ing)?|trim(?:s|ming)?|curb(?:s|ing)?|slash(?:es|ing)?|rais(?:e|es|ing)|lift(?:s|ing)?|boost(?:s|ing)?|increas(?:e|es|ing))\b/i;
// A quota in a sentence about a deal that cuts ("Mexico's quota will be 100,000 bpd" beside
// "production cuts") is that producer's part of the cut: negative like the cut.
const CUT_WORDS = /\b(?:cuts|reductions|cut\s+(?:of|by)|reduc(?:e|ing)\s+(?:[\w'’-]+\s+){0,3}?by)\b/i;

export const plannedChanges: Refiner = {
  name: 'target:planned-change',
  refine(ctx, figures) {
    let planned: Candidate | null = null;
    figures.forEach((f, i) => {
      if (f.kind === 'target' && f.value > 0 && f.tags.some((t) => t === 'target:quota' || t === 'target:quotas') && (CUT_WORDS.test(sentenceAround(ctx, f)) || restatesCut(figures, i))) {
        f.value = -f.value;
        tag(f, 'target:quota-of-cut');
        return;
      }
      if (f.kind !== 'change' || f.tags.includes('change:rate')) return;
      const cue = cueFor(ctx, f) ?? (planned && planned.sentence === f.sentence && f.start - planned.end < 120 && AND_NEXT.test(ctx.text.slice(planned.end, f.start)) ? 'and' : null);
      if (!cue) return;
      f.kind = 'target';
      tag(f, `target:planned-change:${cue}`);
      planned = f;
    });
    return figures;
  },
};

// A cut a producers' pact makes, named before its size: "the OPEC-brokered cut of 2.3 million bpd",
// "the alliance's output reduction of 500,000 bpd" (not "a production cut of 200,000 bpd after the
// storm": an outage on either side makes it a loss).
const POLICY_CUT_OF = /^(?:cuts?|reductions?)\s+of\b/i;
const POLICY_MAKER = /\b(?:OPEC\+?|[\w+]+-led|producers|alliance|cartel|pact|deal|agreement|output|production|supply|voluntary|collective|agreed)\b[^,.;]{0,30}$/i;
// A volume held back or cut under a pact named after it: "holding back about 1.5 million bpd
// under their output pact", "cutting 200,000 bpd under the deal".
const UNDER_PACT_AFTER = /^\s+(?:of\s+[\w-]+\s+)?(?:under|as\s+part\s+of|in\s+line\s+with)\s+(?:the|their|its|an?|this|that)\s+(?:[\w'’+-]+\s+){0,2}?(?:pact|deal|agreement|accord|quotas?)\b/i;

function cueFor(ctx: ExtractContext, f: Candidate): string | null {
  const right = ctx.text.slice(f.end, f.end + 30);
  if (f.value < 0 && POLICY_CUT_AFTER.test(right) && !OUTAGE.test(leftOf(ctx, f.start, 100))) return 'cut';
  if (f.value < 0 && f.cueStart !== undefined && POLICY_CUT_OF.test(ctx.text.slice(f.cueStart, f.cueStart + 20)) && policyMaker(ctx, f)) return 'policy-cut';
  if (UNDER_PACT_AFTER.test(ctx.text.slice(f.end, f.end + 70))) return 'under-pact';
  // The change's own verb ("cut … by") stands between the cue and the number; look before it.
  let left = leftOf(ctx, f.cueStart ?? f.start, 100);
  // A participle clause ("…, trimming them by another 45,000 b/d") carries on the clause before
  // it, and so does that clause's plan ("Repairs are set to curb loadings, trimming …").
  if (PARTICIPLE.test(leftOf(ctx, f.start, 100))) {
    const start = clauseStart(ctx, f.start);
    if (start > 0) left = `${leftOf(ctx, start - 1, 100)} ${left}`;
  }
  const m = planCue(left, '');
  if (m) return m[0].trim().toLowerCase().replace(/\s+/g, '-');
  if (f.value < 0 && decidedCut(leftOf(ctx, f.start, 100), ctx.text.slice(f.end, f.end + 40))) return 'decided-cut';
  if (AGREEMENT_BEFORE.test(left)) return 'agreement';
  // Under a deal, only what a producer is to do ("cutting its output by", "will reduce"): "output
  // rose by 20,000 bpd" under it is what happened.
  const verb = f.cueStart === undefined ? '' : ctx.text.slice(f.cueStart, f.cueStart + 12);
  return PLAN_VERB.test(verb) && UNDER_DEAL.test(sentenceOf(ctx, f)) ? 'under-deal' : null;
}

// A quota the size of a planned cut named just before it ("agreed to cut Velmar's output by
// 60,000 bpd. … Velmar's quota was set at 60,000 bpd") restates that cut: the same number said of
// the same plan, a sentence or two later.
const RESTATED_WITHIN = 2;

function restatesCut(figures: readonly Candidate[], i: number): boolean {
  const f = figures[i] as Candidate;
  for (let j = i - 1; j >= 0; j--) {
    const g = figures[j] as Candidate;
    if (g.sentence < f.sentence - RESTATED_WITHIN) return false;
    if (g.kind === 'target' && g.value < 0 && g.unit === f.unit && Math.abs(-g.value - f.value) <= 0.01 * f.value) return true;
  }
  return false;
}

/** The cut's noun names who decided it, and no outage stands beside it. */
function policyMaker(ctx: ExtractContext, f: Candidate): boolean {
  const before = leftOf(ctx, f.cueStart ?? f.start, 60);
  return POLICY_MAKER.test(before) && !OUTAGE.test(before) && !OUTAGE.test(ctx.text.slice(f.end, f.end + 60));
}

/** "announced output cuts totalling …": a cut named right after the decision, not caused by an outage either side. */
function decidedCut(left: string, right: string): boolean {
  return (left.includes('cut') || left.includes('reduction')) && DECIDED_CUT.test(left) && !OUTAGE.test(left) && !OUTAGE.test(right);
}

/** The figure's sentence both sides of it, bounded like sentenceOf. */
function sentenceAround(ctx: ExtractContext, f: Candidate): string {
  const s = ctx.sentences[f.sentence];
  return ctx.text.slice(Math.max(s?.start ?? 0, f.start - 300), Math.min(s?.end ?? ctx.text.length, f.end + 300));
}

/** The figure's sentence up to the figure (bounded: a run-on sentence is not read whole). */
function sentenceOf(ctx: ExtractContext, f: Candidate): string {
  const s = ctx.sentences[f.sentence];
  return ctx.text.slice(Math.max(s?.start ?? 0, f.start - 300), f.start);
}
