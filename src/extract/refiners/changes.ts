// Signed changes: "gained 41 cents", "dropped 130,000 b/d", "up more than 3 percent", "down 12%",
// "the loss of about 200,000 bpd", "200,000 bpd of the decline". A change written with the
// level it led to ("gained 41 cents to $63.17", "0.33 mb/d …, down 12% from May") is paired
// with that level, so later rules can date it and derive the level before.
import { tag, type Candidate } from '../base/candidate';
import type { Refiner } from '../base/context';
import { QUALIFIER_LAST, QUALIFIER_TAIL } from './qualifiers';
import { lastWordBefore } from '../base/words';

// Loss and gain verbs that take a volume as their object ("cutting some 180,000 bpd of exports",
// "restored 90,000 bpd") are changes too: the number right after the verb is what moved, not a
// level. "cut output to N" is untouched: "to" never ends these patterns, so the level stays a level.
const TAKE_UP = String.raw`added|adds|adding|restored|restores|restoring|restarted|restarts|restarting|brought\s+back|brings\s+back|bringing\s+back`;
const TAKE_DOWN = String.raw`holding\s+back|held\s+back|holds\s+back|withholding|withheld|withholds|cut\s+off|cuts\s+off|cutting\s+off|disrupted|disrupting|curtailed|curtailing|cut|cuts|cutting|slashed|slashes|slashing|halted|halts|halting|took\s+offline|taken\s+offline|taking\s+offline|knocked\s+off|knocking\s+out|wiping\s+out|shutting\s+in`;
const UP = String.raw`${TAKE_UP}|rose|risen|rises|rise|rising|increased|increases|increasing|gained|gains|gaining|climbed|climbs|climbing|jumped|jumps|grew|grown|grows|surged|surging|soared|soaring|expanded|expanding|expands|jumping|advanced|advancing|rallied|rallying|firmed|spiked|leapt|leaped|rebounded|recovered\s+by|increase|climb|jump|grow|surge|edged\s+up|ticked\s+up|inched\s+up|up|higher`;
// Base forms come after a modal or "to": "could drop another 30 percent", "to reduce by"; "reduced"
// only before "by" ("at a reduced 60,000 bpd" is a level).
const DOWN = String.raw`${TAKE_DOWN}|reduced\s+by|reduce|reduces|reducing|lowered\s+by|drop|decline|decrease|slide|slides|shrink|plunge|removed|removes|removing|remove|wiped\s+out|knocked\s+out|took\s+out|taken\s+out|shut\s+in|fell|fallen|falls|fall|falling|dropped|drops|dropping|declined|declines|declining|decreased|decreases|slipped|slips|slid|lost|loses|losing|shed|sheds|plunged|plunging|plummeted|plummeting|tumbled|tumbling|dived|dove|diving|sank|sinking|sunk|sliding|slumping|dipping|retreated|retreating|drew|eased|dipped|slumped|shrank|contracted|down|lower`;
// The verbs that take a volume away (not "fell", which measures from a base): the whole match.
const TOOK_AWAY = new RegExp(String.raw`^(?:${TAKE_DOWN}|shut\s+in|slash|slashed|curtail|curtailed|curtails|reduce|reduced|reduces|reducing|lower|lowered|lowers|trim|trimmed|trims|curb|curbed|curbs)$`, 'i');
// "dropped by an average of 33,000 bpd each month": the average size of a repeated change.
const VERB_BEFORE = new RegExp(String.raw`\b(?:(?<up>${UP})|(?<down>${DOWN}))\s+(?:by\s+)?(?:a\s+further\s+|another\s+|an\s+additional\s+|an\s+average\s+of\s+)?(?:${QUALIFIER_TAIL}\s+)?$`, 'i');
const NOUN_BEFORE = new RegExp(
  String.raw`\b(?:(?<up>rise|increase|gain|jump|growth|surge|boost|build)|(?<down>drop|fall|decline|decrease|cut|reduction|loss|slump|shortfall|plunge|outage|disruption|shutdown|shut-in|stoppage|draw|drawdown))(?:s)?\b[^,.;]{0,30}?\bof\s+(?:${QUALIFIER_TAIL}\s+)?$`,
  'i',
);
// A transitive verb, its object, then "by N": "cut its April price for Asia by $1.20",
// "raised output by 100,000 bpd". The object is short and stays inside the clause.
const VERB_OBJECT_BY = new RegExp(
  String.raw`\b(?:(?<up>raise|raised|raises|raising|lift|lifted|lifts|lifting|boost|boosted|boosts|boosting|increase|increased|increases|increasing|hike|hiked|hikes|hiking)|(?<down>cut|cuts|cutting|slash|slashed|slashes|slashing|lower|lowered|lowers|lowering|reduce|reduced|reduces|reducing|trim|trimmed|trims|trimming|curb|curbed|curbs|curbing|curtail|curtailed|curtails|curtailing))\s+(?:[^,.;]|\.(?=\d)){1,60}?\bby\s+(?:a\s+further\s+|another\s+|an\s+additional\s+)?(?:${QUALIFIER_TAIL}\s+)?$`,
  'i',
);
// A verb that takes its victim first and the volume after "of": "deprived the country of more than
// 550,000 bpd", "starving the refinery of 80,000 bpd". The victim is short and inside the clause.
const DEPRIVED_OF = new RegExp(
  String.raw`\b(?<down>deprived|deprives|depriving|deprive|robbed|robbing|starved|starving|starve)\s+(?:[^,.;]|\.(?=\d)){1,40}?\bof\s+(?:${QUALIFIER_TAIL}\s+)?$`,
  'i',
);
// A gap that narrowed or widened by a sum: "the discount narrowed by around $4/bbl". Read as a
// fall or a rise of the gap's size; a discount written as a negative level turns it round (pair()).
const NARROWED_BY = new RegExp(
  String.raw`\b(?:(?<down>narrowed|narrows|narrowing|tightened|tightens|tightening)|(?<up>widened|widens|widening))\s+by\s+(?:${QUALIFIER_TAIL}\s+)?$`,
  'i',
);
// A verb that stops a flow, then the flow and its size after "of": "began shutting down its entire
// oil production of some 350,000 bpd", "halted exports of 650,000 bpd". The flow is a noun of
// output right before "of", after at most four words of whose and which.
const STOPPED_FLOW_OF = new RegExp(
  String.raw`\b(?<down>shut(?:ting|s)?\s+(?:down|in)|halt(?:ed|ing|s)?|stop(?:ped|ping|s)?|suspend(?:ed|ing|s)?|idl(?:ed|ing|es)|lost|los(?:es|ing))\s+(?:[\w'’-]+\s+){0,4}?(?:output|production|exports|flows?|supply|supplies|shipments|loadings|pumping)\s+of\s+(?:${QUALIFIER_TAIL}\s+)?$`,
  'i',
);
function stoppedFlow(left: string): RegExpExecArray | null {
  const m = STOPPED_FLOW_OF.exec(left);
  if (m?.groups) m.groups.stopped = 'yes';
  return m;
}
// A move with its object between verb and figure: "the attack lifted crude prices 12 per cent",
// "the news knocked Brent futures $3". Only a price's object, so "lifted output 12 per cent"
// stays with the other frames (VERB_OBJECT_BY reads "lifted output by 12 per cent").
const PRICE_OBJECT = new RegExp(
  String.raw`\b(?:(?<up>lifted|lifts|lifting|pushed|pushes|pushing|boosted|boosts|boosting|sent|sends|sending|drove|drives|driving)|(?<down>knocked|knocks|knocking|dragged|drags|dragging|pulled|pulls|pulling))\s+(?:[\w'’-]+\s+){0,2}?(?:prices|futures|Brent|WTI)\s+(?:(?:up|down|higher|lower)\s+)?(?:by\s+)?(?:${QUALIFIER_TAIL}\s+)?$`,
  'i',
);
// A cut named first and sized after an aside: "the cut agreed in April, totalling 1.16 million
// bpd", "a reduction, amounting to 300,000 bpd". The noun gives the sign. A cut that makes up
// part of a whole is sized the same way: "with Orlin's cuts making up the other 40,000 bpd",
// "reductions covering the remaining 20,000 bpd".
const NOUN_TOTALLING = new RegExp(
  String.raw`\b(?:(?<up>increases?|hikes?|boosts?)|(?<down>cuts?|reductions?|curbs?|curtailments?|declines?|drops?|losses))\b[^.;]{0,40}?\b(?<total>totall?ing|totall?ed|amounting\s+to|amounted\s+to|adding\s+up\s+to|worth|mak(?:e|es|ing)\s+up|made\s+up|cover(?:s|ed|ing)?)\s+(?:the\s+(?:other|remaining)\s+|(?:another|a\s+further|an\s+additional)\s+)?(?:${QUALIFIER_TAIL}\s+)?$`,
  'i',
);
// Words that can end the text before a change's number: the verbs themselves, "by", "of", "further".
const CHANGE_LAST = new Set(
  [...`${UP}|${DOWN}`.split('|'), 'by', 'of', 'further', 'other', 'remaining', 'covering', 'covered', 'covers', 'cover', 'totalling', 'totaling', 'totalled', 'totaled', 'to', 'worth', 'another', 'additional', 'out', 'in', 'up', 'down', 'prices', 'futures', 'brent', 'wti', 'higher', 'lower'].map((w) => w.split(/\\s\+/).pop() ?? w),
);

// "makes up 40%", "adds up to": phrasal verbs, not rises.
const PHRASAL_UP = /\b(?:makes?|made|making|adds?|added|adding|sums?|summed|drawn?|drew|sets?|picks?|picked|ends?|ended|takes?|took|taken)\s+up\s+(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?$/i;
const OF_THE_CHANGE = /^\s+of\s+(?:the|this|that|its)\s+(?:(?<up>rise|increase|gain|jump|growth)|(?<down>decline|drop|fall|decrease|loss|slump|shortfall|cut|reduction))\b/i;
// "10 percent lower than in September", "a 50,000 bpd drop", "a 5% increase".
// "20.9% more than in July", "60,000 bpd less than a year earlier": more/less only before "than".
// The noun may be qualified by what was cut or over what span: "a 1 million bpd production cut",
// "a 7% m-o-m drop".
const CHANGE_AFTER = /^\s+(?:(?:production|output|supply|export|m-o-m|y-o-y|w-o-w|month-on-month|year-on-year|week-on-week)\s+)?(?:(?<up>higher|up|rise|increase|gain|jump|hike|more(?=\s+than\b))|(?<down>lower|down|drop|decline|fall|cut|reduction|decrease|slump|shortfall|less(?=\s+than\b)|fewer(?=\s+than\b)))\b(?!\s+(?:to|from|off\s+from)\b)/i;
// Volume lost, named before the verb that lost it: "half a million bpd shut in", "200,000 bpd of
// output was knocked offline", "kept 90,000 bpd offline", "took 90,000 bpd of crude off the
// market". The volume may say where it was ("of output in the North Sea remained shut in", a
// capitalised place of up to four words) before the verb. A state verb ("halted", "stopped",
// "suspended", "shut") needs "was"/"has been" before it: "300,000 bpd halted" alone is too loose.
// "cut off from the port" is where a place was cut off, not how much; "was cut to 400,000 bpd" is a
// level ("to" and "from" after "cut" stop it); "was shut in December" is when, not "shut in".
// What was lost may be named at length, a place and a grade before the noun ("of US Gulf of Mexico
// crude production", "of Eagle Ford shale output").
const LOST_NOUN = String.raw`crude|oil|output|production|supply|supplies|exports|capacity|flows?`;
const LOST_OF = String.raw`of\s+(?:[\w'’-]+\s+){0,5}?(?:${LOST_NOUN})(?:\s+(?:${LOST_NOUN}))?\s+`;
// The share of a whole the volume was, set off by commas before the verb: "429,000 b/d, or 24% of
// Gulf output, was offline", "about 2 million b/d, roughly 12% of the US total, were shut".
const LOST_ASIDE = String.raw`,\s+(?:or\s+)?(?:(?:about|around|roughly|some|nearly|almost|just\s+over|over)\s+)?[\d.]+\s*(?:%|percent|per\s+cent)\s+of\s+[^,.;]{1,40},`;
const LOST_WHERE = String.raw`(?:in|at|from|on|off)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+(?:of\s+)?){1,4}(?:(?:oil)?fields?|terminals?|ports?|pipelines?|refinery|platforms?|complex|plants?|line|area|region|basin)?\s*`;
const BE = String.raw`was|were|is|are|(?:has|have|had)\s+(?:(?:now|already|since|also)\s+)?been|been|being|remains?|remained|stays?|stayed|now`;
const STILL = String.raw`still|now|largely|mostly|effectively|temporarily`;
// "were cut by 150,000 bpd" sizes the loss after it: the volume before is no loss (the lookahead).
const LOST_AFTER = new RegExp(
  String.raw`^(?:${LOST_ASIDE}|,(?=\s+(?:was|were|is|are|(?:has|have|had)\s+(?:(?:now|already|since|also)\s+)?been)\s))?\s+(?:${LOST_OF})?(?:${LOST_WHERE})?(?:(?:${BE})\s+)?(?:(?:${STILL})\s+)?(?<down>shut[\s-]+in(?!\s+[A-Z\d])|shut\s+down|cut\s+off(?!\s+from\b)|knocked\s+(?:out|off(?:line)?)|taken\s+(?:off(?:line)?|out)|(?:go(?:es|ing|ne)?\s+|went\s+)?(?:offline|off\s+line)|off\s+the\s+market|out\s+of\s+(?:the\s+)?(?:[\w'’-]+['’]s\s+)?(?:production|service|action|system|market|supply)|idled|lost|disrupted|curtailed|(?<=(?:${BE})\s+(?:(?:${STILL})\s+)?)(?:halted|stopped|suspended|shut|cut(?!\s+(?:to|from)\b)))\b(?!\s+by\s+(?:[a-z]+\s+){0,2}[\d$])`,
  // Case-sensitive: the place is capitalised, and the words after a number are lower case.
);
// "a plant that handles 30,000 bpd was shut": the volume is what the plant handles, and the plant
// was shut; its usual flow is the level before the loss (dates/before-halt.ts), not the loss.
// A clause that itself takes the volume away ("a shutdown that took 500,000 bpd out of the system")
// is still a loss.
const IN_RELATIVE = /\b(?:that|which)\s+(?!(?:took|takes|taken|taking|knocked|knocks|kept|keeps|left|leaves|put|puts)\b)(?:[a-z]+\s+){1,3}$/;
// "held 150,000 bpd below their winter average": a volume below a reference is the gap to it.
// Only volumes: "$12 a barrel below Brent" is a discount, a price level. The reference may
// be another period's in the possessive: "nearly 300,000 bpd below September's shipments".
const BELOW_AFTER = /^\s+(?<down>(?<below>below))\s+(?:its|their|the|a|an|last|this|that|official|pre-|[A-Za-z]+['’]s\s)/i;
// Cheap gate for LOST_AFTER: a word of it must be among the next few.
const lostHint = (right: string) =>
  right.includes('shut') || right.includes('cut') || right.includes('off') || right.includes('out') || right.includes('lost') || right.includes('idled') || right.includes('disrupted') || right.includes('curtailed') || right.includes('halted') || right.includes('stopped') || right.includes('suspended');

// Between a change and the level it reached: "… in May to 1.45 million b/d", "… for the blend at
// both of its ports, to around -$9.40/bbl" (a comma may close what moved).
const TO_LEVEL = new RegExp(String.raw`^,?(?:[^,;.]{0,40}?\b|[^,;.]{1,60},\s+)(?:to|at)\s+(?:${QUALIFIER_TAIL}\s+)?$`, 'i');
// Between a level and the change that led to it: "0.33 mb/d in June, down 12% from …".
const LEVEL_THEN_CHANGE = new RegExp(String.raw`^[^;.]{0,40}?,\s*(?:(?:${UP})|(?:${DOWN}))\s+(?:by\s+)?(?:${QUALIFIER_TAIL}\s+)?$`, 'i');

export const changes: Refiner = {
  name: 'change',
  refine(ctx, figures) {
    for (const f of figures) {
      const last = lastWordBefore(ctx.text, f.start);
      const maybe = CHANGE_LAST.has(last) || QUALIFIER_LAST.has(last);
      const left = maybe ? ctx.text.slice(Math.max(0, f.start - 60), f.start) : '';
      const right = ctx.text.slice(f.end, f.end + 80);
      const before = maybe ? VERB_BEFORE.exec(left) ?? NOUN_BEFORE.exec(left) ?? VERB_OBJECT_BY.exec(left) ?? DEPRIVED_OF.exec(left) ?? stoppedFlow(left) ?? NARROWED_BY.exec(left) ?? NOUN_TOTALLING.exec(left) ?? PRICE_OBJECT.exec(left) : null;
      const after = before ? null : OF_THE_CHANGE.exec(right) ?? CHANGE_AFTER.exec(right);
      const lost = before || after || !f.unit || f.unit === '%' || !lostHint(right) || IN_RELATIVE.test(left || ctx.text.slice(Math.max(0, f.start - 60), f.start)) ? null : LOST_AFTER.exec(right);
      const m = before ?? after ?? lost ?? ((f.unit === 'bbl/d' || f.unit === 'bbl') && right.includes('below') ? BELOW_AFTER.exec(right) : null);
      if (!m?.groups) {
        if (isRate(ctx.text, f)) {
          f.kind = 'change';
          tag(f, 'change:rate');
        }
        continue;
      }
      // "up to 60,000" and "edged up to" are not changes (the qualifier rule owns "up to"); a
      // volume lost may still be a bound: "up to 140,000 b/d … had been shut".
      if (m !== lost && !m.groups.total && (/\bup\s+to\s*$/i.test(left) || PHRASAL_UP.test(left))) continue;
      // "restored 30% of its production", "lost 40 percent of its revenue": the part of a whole
      // that moved is a share of that whole (the `share` rule), as the gold sets write it.
      if (before && f.unit === '%' && /^\s+of\s/i.test(right)) continue;
      f.kind = 'change';
      if (before) f.cueStart = f.start - (left.length - before.index);
      if (m.groups.down) f.value = -Math.abs(f.value);
      if (f.low !== null || f.high !== null) {
        const sign = m.groups.down ? -1 : 1;
        [f.low, f.high] = [f.low === null ? null : sign * f.low, f.high === null ? null : sign * f.high];
        if (sign < 0) [f.low, f.high] = [f.high, f.low];
      }
      tag(f, m.groups.down ? 'change:down' : 'change:up');
      // A volume that is (still) lost: "since May 3" says when it was lost (refiners/dates.ts). So
      // is one a verb took away ("has shut in 450,000 bpd since March 25", "had cut output by
      // 850,000 bpd since April 18"): the verb is the loss, not a movement from a base.
      if (lost || (before && before.groups?.stopped) || (before && m.groups.down && f.unit !== '%' && TOOK_AWAY.test(m.groups.down))) f.lost = true;
      // A gap below a reference, read by gap-to-reference.ts: a quota or another source is no earlier time.
      if (m.groups.below) tag(f, 'change:below');
      if (m === before && NARROWED_BY.test(left)) tag(f, 'change:gap-size');
    }
    orPercent(ctx.text, figures);
    pair(ctx.text, figures);
    return figures;
  },
};

// "Inflation reached 4.7 per cent in May", "growth slowed to 2.1 percent": an inflation or growth
// rate is a change (in prices, in output) whatever verb gives it. Not "growth … accounted for
// 40 per cent of …", a share, nor a rate with another number between it and its noun.
// Another rate may stand between ('inflation slowed to 1.6% in September from 2.0% in August').
const RATE_BEFORE = /\b(?:inflation|growth)(?:\s+rate)?\b(?:[^,.;]|\.(?=\d)){0,60}$/i;

function isRate(text: string, f: Candidate): boolean {
  if (f.unit !== '%' || f.kind !== 'level') return false;
  const left = text.slice(Math.max(0, f.start - 80), f.start);
  if (!left.includes('nflation') && !left.includes('growth')) return false;
  return RATE_BEFORE.test(left) && !/^\s+of\b/i.test(text.slice(f.end, f.end + 6));
}

// "settled up $1.07, or 1.8 percent, at $60.62": the percentage restates the change.
const OR_PERCENT = /^,?\s*or\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+)?$/i;

function orPercent(text: string, figures: Candidate[]): void {
  for (let i = 0; i + 1 < figures.length; i++) {
    const a = figures[i] as Candidate;
    const b = figures[i + 1] as Candidate;
    if (a.kind !== 'change' || b.unit !== '%' || a.unit === '%' || b.kind === 'change' || !OR_PERCENT.test(text.slice(a.end, b.start))) continue;
    // "429,000 b/d, or 24% of Gulf output, was offline": a part of a whole (a share), not the move.
    if (/^\s+of\b/i.test(text.slice(b.end, b.end + 5))) continue;
    b.kind = 'change';
    if (a.value < 0) b.value = -Math.abs(b.value);
    b.restates = a;
    tag(b, 'change:or-percent');
  }
}

function pair(text: string, allFigures: Candidate[]): void {
  // A restating percentage sits between a change and its level; pair across it.
  const figures = allFigures.filter((f) => !f.restates);
  const restatedBy = new Map<Candidate, Candidate>();
  for (const f of allFigures) if (f.restates) restatedBy.set(f.restates, f);
  for (let i = 0; i + 1 < figures.length; i++) {
    const a = figures[i] as Candidate;
    const b = figures[i + 1] as Candidate;
    if (a.sentence !== b.sentence || a.paired || b.paired) continue;
    const restated = restatedBy.get(a);
    const gap = text.slice((restated ?? a).end, b.start);
    if (a.kind === 'change' && b.kind !== 'change' && TO_LEVEL.test(gap)) link(a, b);
    else if (b.kind === 'change' && a.kind !== 'change' && LEVEL_THEN_CHANGE.test(gap)) link(b, a);
  }
}

function link(change: Candidate, level: Candidate): void {
  if (change.unit !== level.unit && change.unit !== '%') return;
  // A discount written as a negative price ("narrowed by $4 to -$18.75") rose when it narrowed.
  if (level.value < 0 && change.tags.includes('change:gap-size')) {
    change.value = -change.value;
    change.tags = change.tags.map((t) => (t === 'change:down' ? 'change:up' : t === 'change:up' ? 'change:down' : t));
  }
  change.paired = level;
  level.paired = change;
  tag(change, 'change:with-level');
}
