// Time words in a sentence ("on Tuesday", "last week", "in September", "since Oct 17", "before
// the takeover") found with one regex joined from the phrases of phrases/ (one file each, in the
// order of phrases/index.ts); resolve-time.ts turns them into periods.
import type { EventRef } from '../types';
import { DAY_SPECS, type TimeExpr, type TimeRole, type TimeSpec } from './time-spec';
import { groupsOf, withoutNames, type Grouped } from '../base/named-groups';
import { EVENT_NOUNS, STOP_WORDS } from './article-events';
import { PHRASES, type EventAliases, type PhraseMatch, type TimePhrase } from './phrases/index';
import { labelsFlow, MONTH_ABBR, MONTH_FULL, monthIndex, num } from './phrases/words';
import { eventInScope } from './event-scope';
import { opening } from './phrases/opening';

export type { Period, TimeExpr, TimeRole, TimeSpec } from './time-spec';
export { resolveTime } from './resolve-time';
export { MONTH_ABBR } from './phrases/words';

// Checked before the alternatives: where none of the phrases' openers matches, none is tried.
const OPENING = opening(PHRASES);

// Each phrase by the group every match of it sets.
const BY_GROUP = new Map<string, TimePhrase>(PHRASES.map((p) => [p.group, p]));

/** The known events as the phrases that name them read them. */
export function eventAliases(events: readonly EventRef[]): EventAliases {
  const aliases = events
    .flatMap((e) => e.aliases)
    .map((a) => a.replace(/^the\s+/i, ''))
    .sort((a, b) => b.length - a.length)
    .map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  // Each alias as a match reads it → the first event that has it, so an event phrase is one
  // lookup instead of lower-casing every alias of every event.
  const byAlias = new Map<string, EventRef>();
  for (const e of events) {
    for (const a of e.aliases) {
      const key = a.toLowerCase().replace(/^the\s+/, '');
      if (!byAlias.has(key)) byAlias.set(key, e);
    }
  }
  return { alternation: aliases.length ? aliases.join('|') : '(?!)', byAlias };
}

function buildPattern(events: EventAliases): Grouped {
  // The leading \b and the opener lookahead let the engine skip most positions cheaply (see
  // OPENING). Named for reading; matched without the names (see base/named-groups.ts).
  const alternatives = PHRASES.map((p) => (typeof p.pattern === 'string' ? p.pattern : p.pattern(events)));
  return withoutNames(`\\b(?=${OPENING.first})(?=${OPENING.source})(?:${alternatives.join('|')})`, 'gi');
}

interface EventPattern extends Grouped {
  events: EventAliases;
}
// The pattern for a list of events, kept while the list lives: module-level on purpose. It caches
// a pure function of an immutable input (extract() passes data/events.json's list, or the
// caller's, and nothing changes it), so articles sharing it cannot see each other. Per article
// (in base/context.ts) it would be built again for each: a fresh pattern took 1.1 ms before its
// first answer against 0.02 ms for the kept one, on a 1.7 KB article that takes 15 ms in all.
const patterns = new WeakMap<readonly EventRef[], EventPattern>();

function eventPattern(events: readonly EventRef[]): EventPattern {
  let found = patterns.get(events);
  if (!found) {
    const aliases = eventAliases(events);
    found = { ...buildPattern(aliases), events: aliases };
    patterns.set(events, found);
  }
  return found;
}

// Words that put the time words after them on the report, not the figure: "said on Tuesday",
// "officials who spoke on Tuesday", "told reporters on Monday", "in a statement on Friday",
// "briefed analysts on Monday", "wrote in a note on Thursday".
// "told reporters on Monday", "told state television on Sunday", "told a news conference on Friday":
// the audience, a word or a short phrase ending in one, sits between "told" and the day.
const SPEECH_BEFORE = /\b(?:said|says|saying|told(?:\s+\w+|(?:\s+[\w.'’-]+){0,3}\s+(?:reporters|journalists|lawmakers|legislators|parliament|television|TV|radio|agency|conference|briefing|newspaper|daily|broadcaster|channel|investors|analysts))?|(?:spoke|speaks|speaking|talking|briefed|commented|wrote|writing)(?:\s+(?:to|with)\s+\w+|\s+(?!on\b|in\b)\w+)?|announced|reported|added|asked|published|released|issued|compiled|posted|quoted|stated|confirmed|noted|declared|estimated)\s*$/i;
// Nouns for a report's occasion date a day only: "in a statement on Friday" is when it was said,
// but "its monthly statement for March" names the month its figures cover.
const SPEECH_NOUN_BEFORE = /\b(?:statement|(?:news|press)\s+(?:conference|briefing)|note|interview|report)\s*$/i;
// "figures released by the oil ministry on Sunday": when the figures came out, not when they hold.
const RELEASED_BY = /\b(?:released|published|issued|compiled|posted|announced|reported)\s+by\s+(?:[\w'’.&-]+\s+){1,5}$/i;

/**
 * The time words of text[start, end). `inScope` says whether this article can mean a known event
 * by its alias (dates/event-scope.ts); a phrase naming one it cannot is not an event phrase.
 */
export function findTimes(text: string, start: number, end: number, events: readonly EventRef[], inScope: (e: EventRef) => boolean = () => true): TimeExpr[] {
  const { re: pattern, names, events: aliases } = eventPattern(events);
  const slice = text.slice(start, end);
  const out: TimeExpr[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
    const g = groupsOf(m, names);
    const phrase = phraseOf(g);
    if (!phrase) continue;
    const found: PhraseMatch = { g, text: m[0], slice, at: m.index };
    const run = phrase.runsOn?.(found);
    if (run) {
      const to = pattern.lastIndex + run.length;
      out.push({ start: start + m.index, end: start + to, text: slice.slice(m.index, to), role: 'time', spec: run.spec, opensWhen: slice.startsWith(', when ', to) });
      pattern.lastIndex = to;
      continue;
    }
    let spec = phrase.spec(g, aliases);
    if (!spec) continue;
    // "before the halt in March 2023", told two years on: the month or year the phrase gives
    // holds the listed event, which the story names, so the phrase still means it.
    if (spec.type === 'event' && !inScope(spec.event) && !spansEvent(m[0], spec.event, text)) {
      // Not this article's event, but the article may date its own: "before the takeover on
      // March 3" is the day before March 3. Without a day, read on from the next word, so a year
      // inside the phrase still counts (a few words more, not the sentence).
      const day = EVENT_OWN_DAY.exec(m[0]);
      if (!day?.[1]) {
        pattern.lastIndex = m.index + 1;
        continue;
      }
      spec = { type: 'date', text: day[1], year: num(day[2]), before: spec.before };
    }
    if (phrase.stands && !phrase.stands(found)) continue;
    let role: TimeRole = typeof phrase.role === 'function' ? phrase.role(found) : phrase.role ?? 'time';
    if (spec.type !== 'same-day') {
      const before = slice.slice(Math.max(0, m.index - 30), m.index);
      const speech = SPEECH_BEFORE.test(before) || (DAY_SPECS.has(spec.type) && (SPEECH_NOUN_BEFORE.test(before) || RELEASED_BY.test(slice.slice(Math.max(0, m.index - 60), m.index))));
      // "said September exports were …": the month labels the exports, not the saying.
      if (speech && !labelsFlow(slice, m.index + m[0].length)) role = 'speech';
    }
    if ((spec.type === 'date' || spec.type === 'weekday') && !spec.before && role === 'time') {
      const clause = stoppageClause(slice, m.index);
      // "before guards closed its valves on Monday": the figure holds the day before the stoppage;
      // "since Turkey halted flows on March 25": from that day on, like "since March 25".
      if (clause === 'before') spec.before = true;
      else if (clause === 'since') role = 'since';
    } else if ((spec.type === 'month' || spec.type === 'year') && role === 'time') {
      const clause = stoppageClause(slice, m.index);
      // "since the waterfall collapsed in February": a start, whatever happened then.
      if (clause === 'since') role = 'since';
      // "before it was halted in March 2023": the listed stoppage of that month, which the story
      // names, ended the figure's time; its day, not the month's first, is what "before" counts from.
      else if (clause === 'before') spec = listedEventIn(spec, events, text) ?? spec;
    }
    const end = m.index + m[0].length;
    const opensWhen = slice.charCodeAt(end) === 44 && slice.startsWith(', when ', end);
    out.push({ start: start + m.index, end: start + end, text: m[0], role, spec, opensWhen });
  }
  return withoutEventsOwnTime(out, text);
}

// "270,000 bpd before rebel units seized Varn's wells this week": time words that
// close an event's clause tell when the event happened, which the event phrase already dates; they
// are not the figure's (whose time is before the event). Only a few words on, with no break.
const EVENT_CLAUSE_GAP = /^[\w'’ -]{0,30}$/;

function withoutEventsOwnTime(out: TimeExpr[], text: string): TimeExpr[] {
  if (out.length < 2) return out;
  return out.filter((t, i) => {
    const event = i > 0 ? out[i - 1] : undefined;
    if (!event || (event.spec.type !== 'event' && event.spec.type !== 'article-event') || !event.spec.before) return true;
    // A day of its own ("before the blockade of the field on January 19") is already read as the
    // day before the event (stoppageClause).
    if (t.spec.type === 'date' || t.spec.type === 'weekday') return true;
    return !EVENT_CLAUSE_GAP.test(text.slice(event.end, t.start));
  });
}

/** The phrase a match is of: the one whose group it set. */
function phraseOf(g: Record<string, string | undefined>): TimePhrase | undefined {
  for (const name in g) {
    const p = BY_GROUP.get(name);
    if (p) return p;
  }
  return undefined;
}

/** The known event the month or year `spec` names (the latest of them), as "before" that event; null when none or the story does not name it. */
function listedEventIn(spec: TimeSpec, events: readonly EventRef[], text: string): TimeSpec | null {
  if (spec.type !== 'month' && spec.type !== 'year') return null;
  if (spec.type === 'month' && spec.year === null) return null;
  const prefix = spec.type === 'year' ? String(spec.year) : `${spec.year}-${String(spec.month0 + 1).padStart(2, '0')}`;
  let found: EventRef | null = null;
  for (const e of events) if (e.date.startsWith(prefix) && (!found || e.date > found.date) && eventInScope(e, text, null)) found = e;
  return found && { type: 'event', event: found, before: true };
}

// The month or year an event phrase gives its event ("since the halt in March 2023").
const EVENT_OWN_SPAN = new RegExp(String.raw`\s(?:in|of)\s+(?:(${MONTH_FULL})\s+)?((?:19|20)\d{2})$`, 'i');

/** Whether the phrase's own month or year holds the event's day, in a story that names the event's places. */
function spansEvent(phrase: string, event: EventRef, text: string): boolean {
  const span = EVENT_OWN_SPAN.exec(phrase);
  if (!span?.[2] || !event.date.startsWith(span[2])) return false;
  if (span[1] && Number(event.date.slice(5, 7)) - 1 !== monthIndex(span[1])) return false;
  return eventInScope(event, text, null);
}

// The day an event phrase gives its event ("before the takeover on Oct. 16, 2017"), and its year.
const EVENT_OWN_DAY = new RegExp(String.raw`\s(?:on|of)\s+(${MONTH_ABBR}\s+\d{1,2}(?:,?\s+(\d{4}))?)$`, 'i');

const EVENT_NOUN = new RegExp(String.raw`\b(?:${EVENT_NOUNS})\b`, 'i');
const STOPPAGE_CLAUSE = /\b(before|since)\s+([^,;]*)$/i;

/**
 * Whether time words close a "before …" clause that tells of a stoppage, or any "since …" clause:
 * "since the two pipelines broke last Tuesday" starts a running period whatever happened then.
 */
function stoppageClause(slice: string, at: number): 'before' | 'since' | null {
  const m = STOPPAGE_CLAUSE.exec(slice.slice(Math.max(0, at - 70), at));
  if (!m) return null;
  if ((m[1] ?? '').toLowerCase() === 'since') return 'since';
  // "before guards closed the valves on Monday", "before the blockade of the field on January 19".
  return STOP_WORDS.test(m[2] ?? '') || EVENT_NOUN.test(m[2] ?? '') ? 'before' : null;
}

