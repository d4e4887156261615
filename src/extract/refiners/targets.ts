// Plans, forecasts, capacities and ceilings: "could handle 3.5 million bpd", "built to carry",
// "wants to lift production to", "expected to ease to", "600k bpd capacity", "ceiling … is",
// "up to 45,000 bpd could be sent", "would … cost roughly $310 million", "estimated to cost".
// Never observed levels.
import { restatesInBrackets } from '../base/bracketed';
import { tag, type Candidate } from '../base/candidate';
import { clauseStart, leftOf } from '../base/clauses';
import type { ExtractContext, Refiner } from '../base/context';
import { cueFamily } from '../kind/cue-family';
import { UNDER_DEAL } from './under-deal';
import { QUALIFIER_TAIL } from './qualifiers';
import { decideKind } from '../kind/decide';
import { kindFeatureList } from '../kind/features';
import { kindModel } from '../kind/model';

// Every cue starts at a word boundary: one \b before the whole alternation, not one per branch,
// lets the engine skip positions inside words at once (the same matches, ~2.5x faster over the
// clause before each figure).
const CUE_BEFORE = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`(?:could|would|will|shall|might|can)\b(?!\s+not\b|n['’]t)`,
      String.raw`(?:expected|expects?|forecasts?|forecast(?:ing)?|projected|projects|predicted|predicts|anticipated)\b`,
      // An object may stand before "to": "wants that to reach 100,000 bpd", "plans output to rise".
      String.raw`(?:plans?|planned|planning|aims?|aimed|aiming|targets?|targeted|targeting|wants?|intends?|intended|hopes?|seeks?|seeking|pledged|proposed)\s+(?:[a-z]+\s+)?to\b`,
      // An offer is a plan until it is taken up: "has offered to send 300 billion dinars a month",
      // "offered buyers compensation of up to $15 a barrel". ("crude offered at $60" is a price.)
      String.raw`(?:offers?|offered|offering)\s+(?:[\w'’-]+\s+){0,2}?(?:to|compensation|payments?)\b`,
      String.raw`(?:goal|target|capacity|ceiling|quotas?|cap|limit|allowance|baseline|budget(?:ed|s)?(?!\s+(?:deficit|surplus|shortfall|gap)\b)|forecasts?|guidance|guided|outlook)\b`,
      String.raw`(?:designed|built|able|set|scheduled|budgeted|due|poised|likely|unlikely)\s+to\b`,
      // What a plant or terminal handles at most, in the present: "the jetty loads up to 700,000
      // bpd", "the line carries up to 1 million bpd" (a past "handled up to" is what happened).
      String.raw`(?:loads|handles|carries|processes|takes|holds|accommodates|receives)\s+up\s+to\b`,
      // "had targeted 2.4m b/d for 2016", "had been scheduled for export".
      String.raw`(?:had|has|have)\s+targeted\b|scheduled\s+for\b`,
      // Obligations are plans too: "Erbil must hand at least 400,000 bpd", "is supposed to hold
      // production at", "agreed to deliver"; so are caps ("output is capped at").
      // The party agreed with may stand before "to": "agreed with its neighbour to truck about
      // 15,000 bpd". A court's order is an obligation too: "ordered Ankara to pay $1.5 billion".
      String.raw`(?:capped|limited|restricted)\s+(?:at|to)\b|must\b(?!\s+have\b)|(?:obliged|required|supposed|agreed|committed)\s+(?:with\s+(?:[\w'’-]+\s+){1,4}?)?to\b`,
      String.raw`(?:ordered|ordering|orders|instructed|directed)\s+(?:[\w'’-]+\s+){1,3}?to\s+(?=(?:pay|repay|deliver|hand|return|compensate|transfer|refund)\b)`,
      // What must be found: "payroll needs of some $600 million a month", "needs about $1
      // billion a month to pay salaries".
      String.raw`needs\s+of\b|requirements?\s+of\b|needs\s+(?=(?:about|around|roughly|some|at\s+least|more\s+than|nearly|up\s+to)\s)`,
      // A noun with its movement still to come: "with shipments to climb to 40,000 bpd later".
      String.raw`with\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){1,3}?to\s+(?:rise|increase|climb|grow|reach|fall|drop|decline|double|ramp\s+up|go\s+up)\b`,
      // A figure offered as one possibility: "possibly up to 350,000 bpd", "potentially $2 billion".
      String.raw`(?:possibly|potentially|perhaps)\s+(?=(?:up\s+to|as\s+much\s+as|about|around|some|\$|\d)|$)`,
      String.raw`(?:planned|proposed)\b`,
      // "be to" + a verb of doing is an arrangement: "the region is to deliver at least 230,000
      // bpd … and keep about 50,000 bpd", "exports were to resume at 100,000 bpd".
      String.raw`(?:is|are|was|were)\s+to\s+(?=(?:deliver|supply|pay|hand|send|keep|retain|export|ship|provide|receive|raise|reach|produce|pump|resume|begin|start|transfer|sell|buy|cut|reduce|lift|increase)\b)`,
      // A cost still to come ("is estimated to cost", "is going to cost"); "would/will/could cost"
      // are caught by their modal above. A bare present or past "cost(s) about N" is money being
      // spent ("Salaries alone cost about 900 billion dinars a month"): an observed level.
      String.raw`(?:estimated\s+)?to\s+cost\b`,
      String.raw`seen\s+(?:at|rising|falling|reaching|averaging|climbing|dropping)\b`,
    ].join('|') +
    ')',
  'i',
);
// The modal verb, in lower case only ("May" is a month).
const MAY = /\b(?:may|might)\b(?!\s+not\b)/;
// What a budget or plan takes as given: "assumes an oil price of $70", "envisages exports of",
// "earmarks 20 trillion dinars for", "pencilled in $2 billion", "is built on an oil price of $70".
// "calculates" only as a basis ("calculated on"): "the IEA calculates that exports averaged"
// is an observed estimate; "assumed control/operatorship of" is taking over, not planning. Kept out of CUE_BEFORE and tried only when a stem is in the clause.
const ASSUMES = /\b(?:assum(?:es|ed|ing)(?!\s+(?:control|operat|office|responsib|the\s+role|command|ownership|power|charge)\b)|assumptions?|envisag(?:es|ed|ing)|envision(?:s|ed|ing)?|foresees?|foresaw|predicated\s+on|premised\s+on|built\s+on|calculated\s+on|calculates?\s+with|earmark(?:s|ed|ing)?|pencil(?:l)?ed\s+in|allocates|allocating)\b/i;
const assumeHint = (left: string) =>
  left.includes('ssum') || left.includes('nvis') || left.includes('oresa') || left.includes('oresee') || left.includes('predicated') || left.includes('premised') || left.includes('built on') || left.includes('calculat') || left.includes('armark') || left.includes('pencil') || left.includes('llocat');
// "based on exports of 3.5 million bpd", "on the basis of a $70 price": the figure the plan rests
// on, named right before it. A source ("based on shipping data, exports averaged …") is not.
const BASED_ON = /\b(?:based\s+on|on\s+the\s+basis\s+of)(?=\s+(?:an?\s+|the\s+)?(?:(?:[\w'’-]+\s+){0,3}?of\s+)?$)/i;
// After the figure: "of capacity", "could be sent", "… of oil had been scheduled for export".
const CUE_AFTER = /^\s*(?:of\s+)?(?:(?:spare|storage|idle|unused|nameplate)\s+)?(?:capacity|ceiling|quota|cap|target|limit|guidance)\b|^\s+(?:arbitration\s+)?(?:award|damages)\b|^\s+(?:(?:draft|annual|federal|state|record|spending)\s+){0,2}budget\b|^\s+(?:could|would|will|might|can)\s+be\b|^\s+(?:of\s+(?:[\w-]+\s+){1,3})?(?:had\s+been|has\s+been|have\s+been|was|were|is|are)\s+(?:scheduled|planned|programmed|expected|due|forecast|projected)\b/i;
// A flow written before a facility's name is its size: "the 300,000 b/d Sharara field", "a
// 140,000 bpd refinery", "its 70kb/d El Feel field".
const SIZE_BEFORE = /\b(?:the|its|their|a|an)\s+$/i;
const FACILITY_AFTER = /^[\s-]+(?:[A-Z][\w'’-]*\s+){0,3}(?:oil\s*)?(?:fields?|oilfields?|refinery|refineries|pipelines?|terminals?|plants?|line|facility|project|export\s+terminal|port)\b/;

// A clause that opens on a participle of movement ("…, beginning at 15,000 bpd and rising to
// 60,000 bpd", "…, rising to about 230,000 bpd") has no verb of its own: it goes on with the
// clause before, and so does that clause's plan ("will start", "would be"). Only these verbs,
// and only before "to"/"at": "…, adding that exports averaged" reports, it does not go on.
// A sum set off after the plan it sizes goes on with it too: "the draft budget for 2019, worth about
// 100 trillion dinars".
const MOVE_PARTICIPLE = /^\s*(?:and\s+)?(?:then\s+)?(?:beginning|starting|rising|climbing|increasing|growing|reaching|ramping\s+up|building\s+up|falling|dropping|declining|easing)\s+(?:to|at)\b|^\s*(?:worth|totall?ing|amounting\s+to|valued\s+at)\b/i;
const participleHint = (left: string) => left.includes('ing ') || left.includes('worth') || left.includes('valued');

/** The plan cue of the clause a movement participle goes on with, if the figure stands in one. */
function carriedPlanCue(ctx: ExtractContext, f: { start: number }, left: string): RegExpExecArray | null {
  if (!participleHint(left) || !MOVE_PARTICIPLE.test(left)) return null;
  const start = clauseStart(ctx, f.start);
  return start > 0 ? planCue(leftOf(ctx, start - 1, 100), '') : null;
}

// "a deal that would end a standoff that has shut in 450,000 bpd": a relative clause in the
// perfect states what has happened; the plan before it is the deal's, not the figure's.
const RELATIVE_PERFECT = /\b(?:that|which)\s+(?:has|have|had)\s+(?!been\s+(?:planned|scheduled|expected|proposed|forecast)\b)/gi;

/** The words after the last relative clause in the perfect ("… that has shut in"), or all of them. */
function afterRelativePerfect(left: string): string {
  if (!left.includes('that ha') && !left.includes('which ha')) return left;
  let from = -1;
  for (const m of left.matchAll(RELATIVE_PERFECT)) from = (m.index ?? 0) + m[0].length;
  return from < 0 ? left : left.slice(from);
}

/** The word that makes a figure planned, forecast or owed, from its clause's words either side. */
export function planCue(whole: string, right: string): RegExpExecArray | null {
  const left = afterRelativePerfect(whole);
  return CUE_BEFORE.exec(left) ?? MAY.exec(left) ?? CUE_AFTER.exec(right) ?? (assumeHint(left) ? ASSUMES.exec(left) : null) ?? (left.includes('basis') || left.includes('based') ? BASED_ON.exec(left) : null);
}

// An estimate or a valuation of what is there now ("output is now estimated at 150,000 bpd", "a
// deal valued at up to $270 million") is a level however hedged: with no plan cue it is a family of
// its own, which the model does not decide (its "up to" and "now" weights read plans into them).
const STATED_ESTIMATE = new RegExp(String.raw`\b(?:(?:is|are|was|were|been)\s+(?:now\s+|currently\s+|still\s+)?(?:estimated|put|assessed|reckoned|thought\s+to\s+be)\s+at|valued\s+at|worth)\s+(?:between\s+)?(?:${QUALIFIER_TAIL}\s+)?$`, 'i');

/** What the hand cues make of one candidate: the rule's tag (null for none) and its family. */
export interface HandKind {
  tag: string | null;
  family: string;
}

/**
 * The hand rules' reading of figures[i], or null when it is no candidate (a change that is not a
 * rate, a share). Kept apart from the refiner so the kind model's labelled set (kind/labelled.ts)
 * sees exactly what the refiner sees.
 */
export function handKind(ctx: ExtractContext, figures: readonly Candidate[], i: number): HandKind | null {
  const f = figures[i] as Candidate;
  // A rate ("growth is projected to recover to 1.4 percent") can be forecast like a level.
  if ((f.kind === 'change' && !f.tags.includes('change:rate')) || f.kind === 'share') return null;
  const hand = cuedKind(ctx, figures, i);
  if (hand.family === 'none' && STATED_ESTIMATE.test(leftOf(ctx, f.start, 80))) return { tag: null, family: 'estimate' };
  // A sum restated in brackets takes the kind of the one before it (refiners/bracketed.ts): an
  // exact rule, so the hand reading stands and the model is not asked.
  const prev = figures[i - 1];
  if (prev && restatesInBrackets(ctx.text, prev, f)) return { tag: hand.tag, family: 'restates' };
  // A percentage with no cue ("its 17 percent share of the budget", "growth of 2 percent") is a
  // family of its own: few are labelled, and the fit adopts the model for it only if it earns it.
  return hand.family === 'none' && f.unit === '%' ? { tag: null, family: 'none:percent' } : hand;
}

function cuedKind(ctx: ExtractContext, figures: readonly Candidate[], i: number): HandKind {
  const f = figures[i] as Candidate;
  const left = leftOf(ctx, f.start, 100);
  const right = ctx.text.slice(f.end, f.end + 50);
  if (f.unit === 'bbl/d' && SIZE_BEFORE.test(left) && FACILITY_AFTER.test(right)) return { tag: 'target:facility-size', family: 'facility-size' };
  const own = planCue(left, right);
  const carried = own ? null : carriedPlanCue(ctx, f, left);
  const m = own ?? carried;
  if (!m) {
    if (underDealTerms(ctx, f)) return { tag: 'target:under-deal', family: 'under-deal' };
    // "…, including 250,000 bpd from Kirkuk" is part of the plan before it.
    const prev = figures[i - 1];
    if (prev?.kind === 'target' && prev.sentence === f.sentence && /,\s*(?:including|of\s+which)\s+(?:about\s+|some\s+|around\s+)?$/i.test(ctx.text.slice(prev.end, f.start))) {
      return { tag: 'target:part-of-plan', family: 'part-of-plan' };
    }
    return { tag: null, family: 'none' };
  }
  const cue = m[0].trim().toLowerCase().replace(/\s+/g, '-');
  return { tag: `target:${carried ? 'goes-on:' : ''}${cue}`, family: carried ? 'goes-on' : cueFamily(cue, m.input === right) };
}

// A sentence fronted by the deal it describes ("Under the accord, Orlin retains some 40,000 bpd for
// its own plants and the operators receive $12 a barrel") states the deal's terms when its verb is
// in the present: what each party is to do. "Under the deal, exports rose to …" (a past movement)
// is what happened and stays a level.
const TERMS_VERB = /\b(?:keeps?|hands?|receives?|gets?|pays?|(?:is|are)\s+paid|delivers?|sends?|retains?|sells?|supplies|ships|transfers?|takes?|gives?|covers?)\b(?:(?!\b(?:rose|fell|was|were|had|has|have)\b)[^.;])*$/i;

function underDealTerms(ctx: ExtractContext, f: Candidate): boolean {
  const s = ctx.sentences[f.sentence];
  if (!s) return false;
  const before = ctx.text.slice(Math.max(s.start, f.start - 300), f.start);
  if (!before.includes('nder') && !before.includes('part of') && !before.includes('line with')) return false;
  return UNDER_DEAL.test(before) && TERMS_VERB.test(leftOf(ctx, f.start, 100));
}

export const targets: Refiner = {
  name: 'target',
  refine(ctx, figures) {
    figures.forEach((f, i) => {
      const hand = handKind(ctx, figures, i);
      if (!hand) return;
      const t = decideKind(kindModel, hand, () => kindFeatureList(ctx, f, hand.family, figures[i - 1]));
      if (!t) return;
      f.kind = 'target';
      tag(f, t);
    });
    return figures;
  },
};
