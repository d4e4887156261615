// Percentages about people rather than oil or money (vote shares, turnout, polls, a candidate's
// support) and ownership stakes ("operates the field with a 30% stake") are dropped: neither is a
// flow, a price or a share of output anyone charts. So are percentages whose next words say what
// they are and it is none of those: an owner's part ("a 49 percent interest in the block", "its
// 25% holding", "100% owned by", "which owns 60 percent"), odds ("a 70% chance of a storm"), how
// far work has got ("80 percent complete"), a part of a count ("40 percent of the platforms",
// "70% of the tankers in the fleet") and a part of a place ("60% of the country", where "60% of
// the country's fuel" stays).
import type { Candidate } from '../base/candidate';
import type { ExtractContext, Refiner } from '../base/context';
import { leftOf, rightOf } from '../base/clauses';

const PEOPLE = /\b(?:vot(?:e|es|ed|ers?|ing)|ballots?|turnout|polls?|polling|electorate|seats|approval|respondents|surveyed|population|residents|citizens|people|literacy|displaced|refugees|families|households|children|students|casualties|killed|wounded|injured|troops|fighters|territory|land|candidates?|support|stakes?)\b/i;

// A percentage move of a count ("the number of ships crossing fell by about 30%") is a count's
// change, not a flow's: counts are out of scope even when the things counted carry oil.
const COUNT_OF = /\b(?:number|count)\s+of\s+(?!barrels\b)[a-z]/i;

// Read only right after the figure, where the noun is the figure's own: "interest" or "share"
// further off may be an interest rate or a market share. "a 25% share of exports" is a share of
// oil; "a 25% share in the venture" is a stake.
const OWNED = /^\s*(?:equity\s+|working\s+|controlling\s+|minority\s+|majority\s+)?(?:interest|holding|shareholding|ownership|share)\s+in\b/i;
// "100% owned by the state company", "51% controlled by", "which owns 60 percent".
const OWNED_BY = /^\s*(?:owned|controlled|held)\s+by\b/i;
const OWNS = /\b(?:owns?|owned)\s+(?:(?:about|around|some|roughly|nearly|almost|just\s+over|more\s+than|a|an)\s+)?$/i;
// A part taken or held in something ("taking 80 percent in each block", "bought 30% in the
// venture") is a stake; "took 40 percent of exports" (of) is a share and stays.
const TAKES = /\b(?:tak(?:e|es|ing)|took|acquir(?:e|es|ed|ing)|buy(?:s|ing)?|bought|hold(?:s|ing)?|held|retain(?:s|ed|ing)?|keep(?:s|ing)?|kept)\s+(?:(?:about|around|some|roughly|nearly|almost|a|an)\s+)?$/i;
const IN_SOMETHING = /^\s*in\s+(?:each|both|all|every|the|its|their|a|an|[A-Z])/;
const ODDS = /^\s*(?:chance|probability|likelihood|odds|risk)\b/i;
const PROGRESS = /^\s*(?:complete|completed|finished|done|built|repaired)\b/i;
// Things counted, not measured: a possessive ("the fleet's exports") still names a flow.
const OF_COUNTED = /^\s*of\s+(?:[\w'’,.-]+\s+){0,3}?(?:workers|staff|employees|workforce|jobs|analysts|economists|traders\s+(?:polled|surveyed)|tankers|ships|vessels|platforms|rigs|wells|stations|buildings|homes|houses|villages?|towns?|city|cities|country|province|territory|schools|hospitals|members)(?![\w'’-])/i;

// An owner's part of a company or a venture: "holds 40 percent of the main consortia", "25% of the
// joint venture". The thing owned comes right after "of" ("40% of the company's output" is oil).
const OF_OWNED = /^\s*of\s+(?:(?:the|its|their|a|an|main|two|three|local|national|state|joint|operating)\s+){0,3}(?:consorti(?:um|a)|compan(?:y|ies)|ventures?|partnerships?|firms?|concessions?|licen[cs]es?|equity|stock|shares)(?![\w'’-])/i;

// A round price named as a line crossed is no price anyone paid: "its first close below $100 since
// May", "traded above $90 for the first time this year". The level reached is written beside it
// ("to $99.50"); the threshold goes so it is not charted as a second price of the day. (Kept here,
// beside the other numbers that are no figure, rather than as a step of its own.)
const CROSSED = String.raw`(?:below|above|under|over|beneath|through|past)`;
// "first close below", "first settlement above": the crossing named before the price.
const FIRST_CROSSING = new RegExp(String.raw`\b(?:first|only)\s+(?:(?:daily|weekly|monthly)\s+)?(?:close|settlement|settle|finish|time|trade)\s+${CROSSED}\s+$`, 'i');
// "… below $100 for the first time": the crossing named after it.
const CROSSED_BEFORE = new RegExp(String.raw`\b${CROSSED}\s+$`, 'i');
const FIRST_TIME_AFTER = /^\s+for\s+the\s+first\s+time\b/i;

function isThreshold(ctx: ExtractContext, f: Candidate): boolean {
  const left = leftOf(ctx, f.start, 50);
  return FIRST_CROSSING.test(left) || (CROSSED_BEFORE.test(left) && FIRST_TIME_AFTER.test(rightOf(ctx, f.end, 30)));
}

export const nonEconomic: Refiner = {
  name: 'non-economic',
  refine(ctx, figures) {
    // One look at the whole text: "owns"/"owned" before a figure needs the word somewhere.
    const anyOwn = ctx.text.includes('own');
    // Likewise "first" for a threshold crossed.
    const anyFirst = ctx.text.includes('first');
    return figures.filter((f) => {
      if (f.unit === 'USD/bbl' && f.kind === 'level' && anyFirst) return !isThreshold(ctx, f);
      if (f.unit !== '%') return true;
      const after = rightOf(ctx, f.end, 40);
      if (OWNED.test(after) || OWNED_BY.test(after) || (IN_SOMETHING.test(after) && TAKES.test(leftOf(ctx, f.start, 30))) || (anyOwn && OWNS.test(leftOf(ctx, f.start, 30))) || ODDS.test(after) || PROGRESS.test(after) || OF_COUNTED.test(after) || OF_OWNED.test(after)) return false;
      return !PEOPLE.test(leftOf(ctx, f.start, 60)) && !PEOPLE.test(after) && !COUNT_OF.test(leftOf(ctx, f.start, 80));
    });
  },
};
