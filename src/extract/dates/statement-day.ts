// The speaker's "now". "On Saturday the company said output now exceeds 1 million bpd",
// "Output currently runs at 1.4 million bpd, the minister said on Tuesday": a state of things in
// the present tense, said on a day before the story ran, holds on the day it was said. A past
// report ("exported 3 million bpd in May, the ministry said on Monday") keeps its own time: the
// day of the statement only stands in for the present tense's.
import type { Candidate } from '../base/candidate';
import { leftOf } from '../base/clauses';
import type { ExtractContext } from '../base/context';
import { perArticle } from '../base/memo';
import { minusDays } from './calendar';
import { resolveTimeUnmemoised } from './resolve-time';
import { DAY_SPECS, type Period } from './time-spec';

// Present tense or "now" at the figure's own verb: "now exceeds", "currently stands at", "is";
// a plan in the present ("aims to lift output to", "plans to raise"), which stands when said;
// and a present perfect that brings a sum up to now: "debt has grown to", "losses have reached".
// Not any "has": "has shut its 250,000 bpd line" says nothing about when the size holds.
const PRESENT = /\b(?:is|are|now|currently|stands?|remains?|exceeds?|tops?|aims|plans|intends|expects|wants|hopes|seeks|(?:has|have)\s+(?:now\s+|already\s+)?(?:grown|risen|climbed|fallen|dropped|reached|hit|topped|exceeded|surpassed|passed|cost|totall?ed|amounted|accumulated|mounted|swelled|ballooned))\b/i;
// "on Saturday the state company said …": a day fronted before its speaker and verb.
const SPEAKER_AFTER = /^,?\s+(?:the\s+)?[^,;]{0,60}?\b(?:said|says|announced|reported|told|stated)\b/i;
// A statement older than a week is not what a story's present tense reports.
const RECENT_DAYS = 7;

// "Exports were running at 280,000 bpd, the ministry said on Tuesday": a state told in the past
// only because the telling is reported — the speaker's present, shifted back. Only a verb of state
// right before the figure: "the field pumped 300,000 bpd" reports an event, which keeps its own rules.
const BACKSHIFTED = /\b(?:was|were|stood\s+at|(?:was|were)\s+(?:running|flowing|pumping|producing|exporting|loading|shipping|holding|hovering)(?:\s+at)?)\s+(?:(?:about|around|some|roughly|nearly|almost|close\s+to|more\s+than|over|under|less\s+than|just\s+(?:over|under)|only)\s+)?$/i;

/** Whether the figure's clause states it in the present tense, or in a past reported from it. */
export function statedAsNow(ctx: ExtractContext, f: Candidate): boolean {
  const left = leftOf(ctx, f.start, 80);
  return PRESENT.test(left) || BACKSHIFTED.test(left);
}

// "…, he said.", "…, the minister added.": the speaker named before goes on, without a day. ("…,
// the ministry said" may be another ministry: only a pronoun, or "added", says it goes on.)
const GOES_ON = /,\s+(?:(?:he|she|they)\s+(?:said|says|added|adds|told\s+[a-z]+|explained|noted)|the\s+[a-z]+(?:\s+[a-z]+)?\s+(?:added|adds))\s*[.!?"”]*\s*$/i;
// A paragraph or a few: how far back the speaker's day may have been given.
const SENTENCES_BACK = 8;

const dayMemo = perArticle<number, Period | null>();
const goesOnMemo = perArticle<number, Period | null>();

/**
 * The day of a statement a sentence goes on with ("Output currently runs at 1.4 million bpd, the
 * minister added", after "the minister said on Tuesday"): its own day, else, when it ends on a
 * speaker already named ("he said"), the nearest day a statement was given a few sentences back.
 */
export function continuedStatementDay(ctx: ExtractContext, sentence: number): Period | null {
  return statementDay(ctx, sentence) ?? goesOnMemo(ctx, sentence, findEarlierDay);
}

function findEarlierDay(ctx: ExtractContext, sentence: number): Period | null {
  const s = ctx.sentences[sentence];
  if (!s || !GOES_ON.test(ctx.text.slice(s.start, s.end))) return null;
  for (let k = sentence - 1; k >= 0 && k >= sentence - SENTENCES_BACK; k--) {
    const day = spokenDay(ctx, k);
    if (day) return day;
  }
  return null;
}

/** A day sentence k says words were spoken on ("said on Tuesday", "asked on Tuesday"), not a day fronted before a speaker, which may be the data's. */
function spokenDay(ctx: ExtractContext, k: number): Period | null {
  const published = ctx.published as string;
  for (const t of ctx.times(k)) {
    if (t.role !== 'speech' || !DAY_SPECS.has(t.spec.type)) continue;
    const p = resolveTimeUnmemoised(t.spec, published, false);
    if (p && p.asOf < published && p.asOf >= minusDays(published, RECENT_DAYS)) return { asOf: p.asOf, asOfTo: null, tag: 'date:statement-day' };
  }
  return null;
}

/** The day the sentence says its words were spoken, when that is before publication; else null. */
export function statementDay(ctx: ExtractContext, sentence: number): Period | null {
  return dayMemo(ctx, sentence, findDay);
}

function findDay(ctx: ExtractContext, sentence: number): Period | null {
  const published = ctx.published;
  if (!published) return null;
  for (const t of ctx.times(sentence)) {
    if (!DAY_SPECS.has(t.spec.type)) continue;
    if (t.role !== 'speech' && !(t.role === 'time' && SPEAKER_AFTER.test(ctx.text.slice(t.end, t.end + 80)))) continue;
    const p = resolveTimeUnmemoised(t.spec, published, false);
    if (p && p.asOf < published && p.asOf >= minusDays(published, RECENT_DAYS)) return { asOf: p.asOf, asOfTo: null, tag: 'date:statement-day' };
  }
  return null;
}
