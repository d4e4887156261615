// Events the article itself dates. "Turkey closed the pipeline on March 25. … Before the stoppage,
// the line carried 450,000 bpd": "the stoppage" is the closure of March 25, so the figure holds the
// day before it, and "since the halt" runs from it. Only a few event nouns qualify, and only when
// an earlier sentence ties a word of the same family (closed, halted, shut …) to a day, or else
// data/events.json lists an event of that family the story can mean ("the halt" a year into a
// listed pipeline halt, in a story naming its places). Events named by their own aliases
// ("the Kirkuk takeover") are matched first (time-expr.ts), so they keep precedence.
import type { ExtractContext } from '../base/context';
import { minusDays, monthWindow } from './calendar';
import { DAY_SPECS, type Period, type TimeExpr } from './time-spec';
import { prefixLength } from '../base/search';
import { eventInScope } from './event-scope';

/** Nouns that name an event in "before/since the …" (time-expr.ts matches them). */
export const EVENT_NOUNS = String.raw`stoppages?|halts?|closures?|shutdowns?|shut-ins?|suspensions?|outages?|disruptions?|attacks?|explosions?|blasts?|fires?|sabotage|blockades?|strikes?`;

// Words of each family, verbs and nouns, as the earlier sentence may use either ("Turkey
// halted flows on March 25", "The halt on March 25 cut off …").
const STOP = String.raw`halt(?:s|ed|ing)?|stop(?:s|ped|ping|page)|suspen(?:d|ds|ded|ding|sion)|shut(?:s|ting|down|-in)?|clos(?:e|es|ed|ing|ure)|cut\s+off`;
const OUTAGE = String.raw`outages?|offline|disrupt(?:s|ed|ing|ion)?|knocked\s+out|tripped|power\s+cut`;
const ATTACK = String.raw`attack(?:s|ed|ing)?|struck|bomb(?:s|ed|ing)?|shell(?:ed|ing)|targeted|sabotage[ds]?|explo(?:ded|sion)|blast|blew\s+up|fire|ablaze`;
const BLOCKADE = String.raw`blockad(?:e|es|ed|ing)|block(?:s|ed|ing)`;
const LABOUR = String.raw`strik(?:e|es|ing)|walk(?:ed)?\s*out|walkout`;
const SPILL = String.raw`spill(?:s|ed)?|leak(?:s|ed)?|ruptur(?:e|es|ed)|burst`;

export const STOP_WORDS = new RegExp(String.raw`\b(?:${STOP})\b`, 'i');
const FAMILY: [RegExp, RegExp][] = [
  [/^(?:stoppage|halt|closure|shutdown|shut-in|suspension)/i, STOP_WORDS],
  [/^(?:outage|disruption)/i, new RegExp(String.raw`\b(?:${OUTAGE})\b`, 'i')],
  [/^(?:attack|explosion|blast|fire|sabotage)/i, new RegExp(String.raw`\b(?:${ATTACK})\b`, 'i')],
  [/^blockade/i, new RegExp(String.raw`\b(?:${BLOCKADE})\b`, 'i')],
  [/^strike/i, new RegExp(String.raw`\b(?:${LABOUR}|${ATTACK})\b`, 'i')],
  // Not a "before/since the …" noun (EVENT_NOUNS): a spill's size is dated by it (spill-size.ts).
  [/^(?:spill|leak)/i, new RegExp(String.raw`\b(?:${SPILL})\b`, 'i')],
];

// An event told about earlier is rarely more than a few paragraphs back.
const SENTENCES_BACK = 12;
const AROUND = 80;
const MAX_LOOKED = 12;

/** Day-precise time words: an event is dated to a day. */

/**
 * The period "before/since the <noun>" names, from the latest earlier time words that a word of
 * the noun's family sits next to; null when the article does not date the event.
 */
export function articleEventPeriod(ctx: ExtractContext, t: TimeExpr, resolve: (t: TimeExpr) => Period | null): Period | null {
  if (t.spec.type !== 'article-event') return null;
  const { noun, before, within } = t.spec;
  const family = FAMILY.find(([n]) => n.test(noun))?.[1];
  if (!family) return null;
  const here = ctx.sentenceAt(t.start);
  // A bounded look back (run-on text must stay linear): the nearest few day words before it.
  let looked = 0;
  for (let k = here; k >= 0 && k >= here - SENTENCES_BACK && looked < MAX_LOOKED; k--) {
    const s = ctx.sentences[k];
    if (!s) continue;
    const times = ctx.times(k);
    // Only the words before the phrase, found by binary search (times are in text order).
    let i = k === here ? prefixLength(times, (d) => d.end <= t.start) - 1 : times.length - 1;
    for (; i >= 0 && looked < MAX_LOOKED; i--) {
      const d = times[i] as TimeExpr;
      if (d.role === 'speech' || !DAY_SPECS.has(d.spec.type)) continue;
      looked++;
      // The words around that day, never reaching the phrase itself ("since the halt" must not
      // date itself by a day written just before it).
      const around = ctx.text.slice(Math.max(s.start, d.start - AROUND), Math.min(s.end, d.end + AROUND / 2, k === here ? t.start : s.end));
      if (!family.test(around)) continue;
      const p = resolve(d);
      if (!p || (within && !p.asOf.startsWith(within))) continue;
      return at(p.asOf, before);
    }
  }
  // "before the halt" in a story the article does not date it in: the listed event of the same
  // family that the story can mean (published within a year after it, naming its places).
  const listed = listedEventOf(ctx, noun, within);
  if (listed) return at(listed, before);
  // "since the halt in March 2023" with no day for it anywhere: the month, as "since March 2023" reads.
  return within ? spanOf(within) : null;
}

/** YYYY-MM or YYYY as a period. */
function spanOf(within: string): Period {
  if (within.length === 4) return { asOf: `${within}-01-01`, asOfTo: `${within}-12-31`, tag: 'date:year' };
  return { ...monthWindow(Number(within.slice(0, 4)), Number(within.slice(5, 7)) - 1), tag: 'date:month' };
}

const at = (day: string, before: boolean): Period =>
  before ? { asOf: minusDays(day, 1), asOfTo: null, tag: 'date:before-event' } : { asOf: day, asOfTo: null, tag: 'date:since-event' };

/**
 * The day of the latest known event in scope one of whose aliases ends in a noun of `noun`'s
 * family, or null. With the phrase's own month or year (`within`), an event of that month or year
 * that the story names, however long ago.
 */
function listedEventOf(ctx: ExtractContext, noun: string, within: string | undefined): string | null {
  const kind = FAMILY.find(([n]) => n.test(noun))?.[0];
  if (!kind || !ctx.published) return null;
  let day: string | null = null;
  for (const e of ctx.events) {
    if ((day && e.date <= day) || (within && !e.date.startsWith(within))) continue;
    if (e.aliases.some((a) => kind.test(a.slice(a.lastIndexOf(' ') + 1))) && eventInScope(e, ctx.text, within ? null : ctx.published)) day = e.date;
  }
  return day;
}
