// Time words in a sentence ("on Tuesday", "last week", "in September", "since Oct 17", "before
// the takeover") found with one regex; resolve-time.ts turns them into periods.
import type { EventRef } from '../types';
import type { TimeExpr, TimeRole, TimeSpec } from './time-spec';
import { groupsOf, withoutNames, type Grouped } from '../base/named-groups';
import { EVENT_NOUNS, STOP_WORDS } from './article-events';
import { PHRASES } from './phrases/index';

export type { Period, TimeExpr, TimeRole, TimeSpec } from './time-spec';
export { resolveTime } from './resolve-time';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
export const MONTH_ABBR = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const MONTH_FULL = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december)`;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: 5, final: 5 };

// Every phrase below opens with one of these words, or with the digits of "26 November" or
// "2017-11-26": checking the opening first is much cheaper than trying each alternative at every
// word. A new phrase that opens with another word must add it here, or it is never found.
const OPENERS = [
  'before', 'prior', 'ahead', 'since', 'after', 'pre', 'q', 'mid', 'earlier', 'later', 'next',
  'jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july', 'aug', 'august',
  'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
];
// Common words open a time phrase only before certain others ("the week …", "the previous …",
// "in March", "on Tuesday", "a year earlier"): the start of what may follow them, as a phrase
// below does. A phrase that lets them open before other words must add those.
const M3 = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
const WD3 = 'mon|tue|wed|thu|fri|sat|sun';
const OPENERS_BEFORE: Record<string, string> = {
  the: 'week|seven|first|second|third|fourth|last|final|q|previous|preceding|past|month|year|day|end|same|start|beginning|(?:two|three|four|five|six|eight|nine|twelve|1?\\d)\\s+(?:months|weeks)',
  in: `the\\s+(?:week|seven|first|second|third|fourth|last|final|q|whole|full|entire|(?:two|three|four|five|six|eight|1?\\d)\\s+weeks)|first|second|third|fourth|last|final|q|mid|whole|full|entire|${M3}|\\d`,
  on: `the|${M3}|${WD3}|\\d`,
  for: `the|whole|full|entire|${M3}|\\d`,
  during: `the|whole|full|entire|${M3}|\\d`,
  through: `${M3}|\\d`,
  throughout: `${M3}|\\d`,
  a: String.raw`day\s+(?:earlier|ago)|(?:week|month|year)\s+(?:earlier|before|ago)`,
  one: String.raw`(?:week|month|year)\s+(?:earlier|before|ago)`,
  at: String.raw`the\s+end|end`,
  as: String.raw`(?:recently|late|early)\s+as`,
  from: `${M3}|${WD3}|\\d`,
  early: M3,
  late: M3,
  end: 'of',
  until: `the\\s+end|end-|${M3}|${WD3}|\\d`,
  by: `the|end|year|${M3}|${WD3}|\\d`,
  this: `week|month|year|${WD3}`,
  last: `week|month|year|quarter|${WD3}|${M3}`,
  that: 'day',
  so: 'far',
  first: 'quarter|week|half',
  second: 'quarter|week|half',
  between: M3,
  third: 'quarter|week',
  fourth: 'quarter|week',
  final: 'week',
};
// Grouped by first letter ("b(?:efore|y\s+…)|…"): the engine picks a group by one character
// instead of trying each opener in turn. The phrases kept one file each (phrases/) bring their own.
const PHRASE_OPENS = PHRASES.flatMap((p) => p.opens);
// Grouping by first character needs a literal first letter (or \d, kept apart below).
for (const o of PHRASE_OPENS) if (!/^(?:[a-z]|\\d)/.test(o)) throw new Error(`time phrase opener must start with a letter or \\d: ${o}`);
const OPENING_WORDS = [
  ...PHRASE_OPENS.filter((o) => !o.startsWith('\\d')),
  ...OPENERS.map((w) => `${w}(?![a-z])`),
  ...Object.entries(OPENERS_BEFORE).map(([word, next]) => `${word}\\s+(?:${next})`),
  String.raw`year[-\s]to`,
  String.raw`month[-\s]to`,
  `end-(?:${M3}|\\d)`,
  String.raw`h[12]\s`,
];
const BY_FIRST = new Map<string, string[]>();
for (const w of OPENING_WORDS) BY_FIRST.set(w.charAt(0), [...(BY_FIRST.get(w.charAt(0)) ?? []), w.slice(1)]);
const OPENING = [
  ...[...BY_FIRST].map(([first, rests]) => `${first}(?:${rests.join('|')})`),
  [String.raw`\d{1,2}(?:st|nd|rd|th)?\s+(?:${M3})|(?:19|20)\d\d-`, ...PHRASE_OPENS.filter((o) => o.startsWith('\\d'))].join('|'),
].join('|');
// Their first letters: one class test turns most words away before the list is tried.
const OPENING_FIRST = `[${[...BY_FIRST.keys()].join('')}0-9]`;

const monthIndex = (s: string) => MONTHS.indexOf(s.slice(0, 3).toLowerCase());

function buildPattern(events: readonly EventRef[]): Grouped {
  const aliases = events
    .flatMap((e) => e.aliases)
    .map((a) => a.replace(/^the\s+/i, ''))
    .sort((a, b) => b.length - a.length)
    .map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  const ev = aliases.length ? aliases.join('|') : '(?!)';
  // The leading \b and the opener lookahead let the engine skip most positions cheaply (see
  // OPENING). Named for reading; matched without the names (see base/named-groups.ts).
  return withoutNames(
    `\\b(?=${OPENING_FIRST})(?=${OPENING})(?:` +
    [
      // The event's own date may follow ("before the takeover on Oct. 16, 2017"): it is the event's, so
      // it is read as part of the phrase rather than as a date of its own.
      String.raw`(?<evRel>before|prior\s+to|ahead\s+of|since|after)\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}?(?<ev>${ev})\b(?:\s+(?:on|of|in)\s+${MONTH_ABBR}\s+\d{1,2}(?:,?\s+\d{4})?\b(?!:)|\s+(?:in|of)\s+(?:${MONTH_FULL}\s+)?(?:19|20)\d{2}\b)?`,
      String.raw`\bpre-(?<evPre>${ev})\b`,
      String.raw`\b(?:in\s+)?the\s+(?:week|seven\s+days|(?<wtN>two|three|four|five|six|eight|\d{1,2})\s+weeks)\s+(?:to|ending|ended|through)\s+(?<wtDay>monday|tuesday|wednesday|thursday|friday|saturday|sunday|${MONTH_ABBR}\s+\d{1,2}|\d{1,2}\s+${MONTH_ABBR})\b`,
      String.raw`\bsince\s+the\s+(?:start|beginning)\s+of\s+(?<sinceMonth>${MONTH_FULL})(?:\s+(?<sinceYear>\d{4}))?\b`,
      String.raw`\b(?:in\s+)?(?:the\s+)?(?:(?<qOrd>first|second|third|fourth|last)\s+quarter|Q(?<qNum>[1-4]))(?:\s+of)?(?:\s+(?<qYear>(?:19|20)\d{2}))?\b`,
      String.raw`\b(?:in\s+)?the\s+first\s+(?<nDays>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?<ndUnit>days|weeks)\s+of\s+(?<ndMonth>${MONTH_FULL})\b`,
      String.raw`\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year\b(?<sinceYearStart>)`,
      // "so far this year", "year-to-date": from January 1 to publication, a time, not a start.
      String.raw`\b(?:so\s+far\s+this\s+year|(?:this\s+)?year[-\s]to[-\s]date)\b(?<ytd>)`,
      String.raw`\b(?:by\s+(?:the\s+end\s+of\s+|end-)?|until\s+(?:the\s+end\s+of\s+|end-))(?<byMonth>${MONTH_FULL})(?:\s+(?<byYear>\d{4}))?\b`,
      String.raw`\b(?:in\s+)?the\s+(?<half>first|second)\s+half\s+of\s+(?<hMonth>${MONTH_FULL})(?:\s+(?<hYear>\d{4}))?\b`,
      String.raw`(?:\b(?:in\s+)?(?:the\s+)?(?<ord>first|second|third|fourth|last|final)\s+week\s+of\s+(?<owMonth>${MONTH_FULL})(?:\s+(?<owYear>\d{4}))?)`,
      String.raw`(?:\b(?<mdPrep>on|since|from|by|until|before|after)\s+)?\b(?<mdMonth>${MONTH_ABBR})\s+(?<mdDay>\d{1,2})(?:st|nd|rd|th)?\b(?!:)(?:,?\s+(?<mdYear>\d{4}))?`,
      String.raw`(?:\b(?<dmPrep>on|since|from|by|until|before|after)\s+)?\b(?<dmDay>\d{1,2})(?:st|nd|rd|th)?\s+(?<dmMonth>${MONTH_FULL})(?:,?\s+(?<dmYear>\d{4}))?`,
      String.raw`(?:\b(?<isoPrep>on|since|from|by|until)\s+)?\b(?<iso>(?:19|20)\d{2}-\d{2}-\d{2})\b`,
      String.raw`(?:\b(?<wdPrep>on|since|from|by|until|before|after|last|this)\s+)?\b(?<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:['’]s)?(?:\s+(?:night|morning|afternoon|evening))?\b`,
      String.raw`\b(?<rolling>the\s+(?:past|last)\s+(?:week|seven\s+days|7\s+days))\b`,
      String.raw`\b(?<earlier>(?:a|one)\s+(?:week|month|year)\s+(?:earlier|before|ago)|the\s+(?:week|month|year)\s+before)\b`,
      String.raw`\b(?<dayBefore>the\s+day\s+before|a\s+day\s+ago)\b`,
      String.raw`\b(?<relPeriod>(?:earlier|later)\s+this\s+(?:week|month)|(?:last|this|next|the\s+previous|the\s+preceding|the\s+past)\s+(?:week|month))(?:['’]s)?\b`,
      String.raw`\b(?<relYear>last|this|next|the\s+previous|the\s+preceding|the\s+past)\s+year(?:['’]s)?\b`,
      // "at end-2023", "at the end of 2023": the year's last day (reserves, debts, stocks).
      String.raw`\b(?:at\s+)?(?:the\s+)?end(?:\s+of\s+|-)(?<yEnd>(?:19|20)\d{2})\b`,
      String.raw`\b(?<eoy>by\s+(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?:year|(?<eoyYear>\d{4}))|by\s+year[-\s]end|by\s+end-(?<eoyY2>\d{4}))\b`,
      String.raw`(?:\b(?<mPrep>in|during|for|since|from|through|throughout|until|early|late|mid|last|end\s+of|the\s+end\s+of|(?:the\s+)?(?:start|beginning)\s+of)\s+(?:the\s+month\s+of\s+)?|\b(?<mPrep2>(?:in\s+)?mid-|end-)|\b)(?<month>${MONTH_FULL})(?<mPoss>['’]s)?(?:\s+(?<mYear>(?:19|20)\d{2})|\s+of\s+(?<mRel>last|this|next)\s+year)?\b`,
      String.raw`\b(?:(?:for|in|during)\s+(?:the\s+)?(?:whole|full|entire)(?:\s+year)?(?:\s+of)?|in|during|for|through|throughout|since|as\s+(?:recently|late|early)\s+as)\s+(?<year>(?:19|20)\d{2})\b`,
      ...PHRASES.map((p) => p.pattern),
      String.raw`\b(?<sameDay>(?:on|for)\s+the\s+(?:same\s+)?day|that\s+day|the\s+same\s+day)\b`,
      // "before the stoppage", "since the halt on March 25": an event the article dates (article-events.ts).
      String.raw`(?<aev>\b(?:before|prior\s+to|ahead\s+of|since)\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:${EVENT_NOUNS})\b(?:\s+(?:on|of)\s+${MONTH_ABBR}\s+\d{1,2}\b(?!:))?)`,
      // Spans of whole months with words of their own ("the first half of 2025", "H2 2025", "the
      // first nine months of the year", "between April and June", "month to date"). Last in the
      // list, so tried only where nothing above matched; one capture (each costs every match),
      // read apart by spanSpec.
      String.raw`(?<span>\b(?:(?:in|during|for)\s+)?(?:the\s+)?(?:first|second)\s+half(?:\s+of\s+(?:(?:19|20)\d{2}|(?:the|this|last|next)\s+year)|\s+(?:19|20)\d{2}|(?!\s+of\b))|\bH[12]\s+(?:19|20)\d{2}\b|\b(?:(?:in|during|for)\s+)?the\s+first\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months(?:\s+of\s+(?:(?:19|20)\d{2}|(?:the|this|last|next)\s+year)|(?!\s+of\b))|\bbetween\s+${MONTH_FULL}\s+and\s+${MONTH_FULL}(?:\s+(?:19|20)\d{2})?\b|\b(?:(?:in|over)\s+)?the\s+(?:two|three|four|five|six|nine|twelve|\d{1,2})\s+months\s+(?:to|ended|ending|through)\s+(?:the\s+end\s+of\s+)?${MONTH_FULL}(?:\s+(?:19|20)\d{2})?\b|\b(?:(?:in\s+)?the\s+month\s+to\s+date|month[-\s]to[-\s]date)\b)`,
    ].join('|') + ')',
    'gi',
  );
}

// Per list of events: the pattern, and each alias as findTimes reads it (lower case, no leading
// "the") → the first event that has it, so an event phrase is one lookup instead of lower-casing
// every alias of every event.
interface EventPattern extends Grouped {
  byAlias: Map<string, EventRef>;
}
const patterns = new WeakMap<readonly EventRef[], EventPattern>();

function eventPattern(events: readonly EventRef[]): EventPattern {
  let found = patterns.get(events);
  if (!found) {
    const byAlias = new Map<string, EventRef>();
    for (const e of events) {
      for (const a of e.aliases) {
        const key = a.toLowerCase().replace(/^the\s+/, '');
        if (!byAlias.has(key)) byAlias.set(key, e);
      }
    }
    found = { ...buildPattern(events), byAlias };
    patterns.set(events, found);
  }
  return found;
}

// Words that put the time words after them on the report, not the figure: "said on Tuesday",
// "officials who spoke on Tuesday", "told reporters on Monday", "in a statement on Friday",
// "briefed analysts on Monday", "wrote in a note on Thursday".
const SPEECH_BEFORE = /\b(?:said|says|saying|told(?:\s+\w+)?|(?:spoke|speaks|speaking|talking|briefed|commented|wrote|writing)(?:\s+(?:to|with)\s+\w+|\s+(?!on\b|in\b)\w+)?|announced|reported|added|published|released|issued|compiled|posted|quoted|stated|confirmed|noted|declared)\s*$/i;
// Nouns for a report's occasion date a day only: "in a statement on Friday" is when it was said,
// but "its monthly statement for March" names the month its figures cover.
const SPEECH_NOUN_BEFORE = /\b(?:statement|(?:news|press)\s+(?:conference|briefing)|note|interview|report)\s*$/i;
// "figures released by the oil ministry on Sunday": when the figures came out, not when they hold.
const RELEASED_BY = /\b(?:released|published|issued|compiled|posted|announced|reported)\s+by\s+(?:[\w'’.&-]+\s+){1,5}$/i;
const DAY_SPECS = new Set(['weekday', 'date', 'relday']);
const SENTENCE_INITIAL = /^\s*["“']?$/;

/**
 * The time words of text[start, end). `inScope` says whether this article can mean a known event
 * by its alias (dates/event-scope.ts); a phrase naming one it cannot is not an event phrase.
 */
export function findTimes(text: string, start: number, end: number, events: readonly EventRef[], inScope: (e: EventRef) => boolean = () => true): TimeExpr[] {
  const { re: pattern, names, byAlias } = eventPattern(events);
  const slice = text.slice(start, end);
  const out: TimeExpr[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
    const g = groupsOf(m, names);
    // "January-March", "the October–December period": a span of months, not its first month.
    const range = g.month && !g.mYear && !g.mPoss ? monthRange(slice, m.index + m[0].length) : null;
    if (range && g.month) {
      const to = pattern.lastIndex + range[0].length;
      const opensWhen = slice.startsWith(', when ', to);
      if (opensWhen) WITH_WHEN.add(out);
      out.push({ start: start + m.index, end: start + to, text: slice.slice(m.index, to), role: 'time', spec: { type: 'months', from0: monthIndex(g.month), to0: monthIndex(range[1] ?? ''), year: num(range[2]), offset: null }, opensWhen });
      pattern.lastIndex = to;
      continue;
    }
    const phrase = PHRASES.find((p) => g[p.group] !== undefined);
    let spec = phrase ? phrase.spec(g) : specOf(g, byAlias, m[0]);
    if (!spec) continue;
    if (spec.type === 'event' && !inScope(spec.event)) {
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
    // A bare month name counts only as time words: "in October", "October's", "October 2017",
    // or opening the sentence; "November receipts" is a noun, not a date.
    if (g.month && !g.mPrep && !g.mPrep2 && !g.mPoss && !g.mYear && !SENTENCE_INITIAL.test(slice.slice(0, m.index)) && !monthOfFigure(slice, m.index, m.index + m[0].length)) continue;
    // "may" in lower case is the verb.
    if ((g.month ?? g.mdMonth ?? '').startsWith('may')) continue;
    const prep = (g.mdPrep ?? g.dmPrep ?? g.isoPrep ?? g.wdPrep ?? g.mPrep ?? '').toLowerCase();
    const evRel = g.aev ? (/^since/i.test(g.aev) ? 'since' : 'before') : (g.evRel ?? '').toLowerCase();
    let role: TimeRole = prep === 'from' ? 'base' : 'time';
    // "above the February figures", "down from the March average": the other end of a comparison.
    if (g.month && !g.mPrep && precededByThe(slice, m.index) && COMPARED_THE.test(slice.slice(Math.max(0, m.index - 20), m.index))) role = 'base';
    if (phrase?.role) role = phrase.role;
    if (prep === 'since' || evRel === 'since' || g.sinceMonth || g.sinceYearStart !== undefined || (g.year && /^since/i.test(m[0]))) role = 'since';
    // "since mid-March", "since early October": from then to publication.
    else if (g.month && (g.mPrep2 || /^(?:early|late|mid)$/i.test(prep)) && SINCE_BEFORE.test(slice.slice(Math.max(0, m.index - 7), m.index))) role = 'since';
    if (spec.type !== 'same-day') {
      const before = slice.slice(Math.max(0, m.index - 30), m.index);
      if (SPEECH_BEFORE.test(before) || (DAY_SPECS.has(spec.type) && (SPEECH_NOUN_BEFORE.test(before) || RELEASED_BY.test(slice.slice(Math.max(0, m.index - 60), m.index))))) role = 'speech';
    }
    // "before guards closed its valves on Monday": the day of a stoppage told in a "before"
    // clause; the figure holds the day before it.
    if ((spec.type === 'date' || spec.type === 'weekday') && !spec.before && role === 'time') {
      const clause = stoppageClause(slice, m.index);
      // "before guards closed its valves on Monday": the figure holds the day before the stoppage;
      // "since Turkey halted flows on March 25": from that day on, like "since March 25".
      if (clause === 'before') spec.before = true;
      else if (clause === 'since') role = 'since';
    }
    const end = m.index + m[0].length;
    const opensWhen = slice.charCodeAt(end) === 44 && slice.startsWith(', when ', end);
    if (opensWhen) WITH_WHEN.add(out);
    out.push({ start: start + m.index, end: start + end, text: m[0], role, spec, opensWhen });
  }
  return out;
}

// Lists of time words where one opens a ", when" clause: few, so the rule over every figure
// (when-clause.ts) asks this set before reading the list.
const WITH_WHEN = new WeakSet<TimeExpr[]>();
export const opensAnyWhen = (times: TimeExpr[]): boolean => WITH_WHEN.has(times);

// "January-March": the month right after the dash, and a year after it.
const RANGE_AFTER = new RegExp(String.raw`^\s?[-–]\s?(${MONTH_FULL})\b(?:\s+((?:19|20)\d{2})\b)?`, 'i');

function monthRange(slice: string, at: number): RegExpExecArray | null {
  const c = slice.charCodeAt(at);
  const dash = c === 45 || c === 8211 || (c === 32 && (slice.charCodeAt(at + 1) === 45 || slice.charCodeAt(at + 1) === 8211));
  return dash ? RANGE_AFTER.exec(slice.slice(at, at + 24)) : null;
}

// The day an event phrase gives its event ("before the takeover on Oct. 16, 2017"), and its year.
const EVENT_OWN_DAY = new RegExp(String.raw`\s(?:on|of)\s+(${MONTH_ABBR}\s+\d{1,2}(?:,?\s+(\d{4}))?)$`, 'i');

// The event noun of "before the stoppage", and the day of "since the halt on March 25".
const ARTICLE_EVENT_PARTS = new RegExp(String.raw`\b(${EVENT_NOUNS})\b(?:\s+(?:on|of)\s+(${MONTH_ABBR}\s+\d{1,2}))?`, 'i');

// The parts of a span the big pattern matched whole (see its last alternative).
const SPAN_PARTS = new RegExp(
  String.raw`(?<hyOrd>first|second)\s+half(?:\s+of)?(?:\s+(?:(?<hyYear>\d{4})|(?<hyRel>the|this|last|next)\s+year))?|H(?<hyNum>[12])\s+(?<hyYear3>\d{4})|first\s+(?<fmN>\w+)\s+months(?:\s+of\s+(?:(?<fmYear>\d{4})|(?<fmRel>the|this|last|next)\s+year))?|between\s+(?<mrA>[a-z]+)\s+and\s+(?<mrB>[a-z]+)(?:\s+(?<mrYear>\d{4}))?|(?<ntN>\w+)\s+months\s+(?:to|ended|ending|through)\s+(?:the\s+end\s+of\s+)?(?<ntMonth>[a-z]+)(?:\s+(?<ntYear>\d{4}))?|(?<mtd>month)`,
  'i',
);

function spanSpec(text: string): TimeSpec | null {
  const g = SPAN_PARTS.exec(text)?.groups;
  if (!g) return null;
  if (g.hyOrd || g.hyNum) {
    const second = (g.hyOrd ?? '').toLowerCase() === 'second' || g.hyNum === '2';
    return { type: 'months', from0: second ? 6 : 0, to0: second ? 11 : 5, year: num(g.hyYear ?? g.hyYear3), offset: relYear(g.hyRel) };
  }
  if (g.fmN) {
    const n = Number(g.fmN) || MONTH_COUNTS[g.fmN.toLowerCase()] || 0;
    return n >= 1 && n <= 12 ? { type: 'months', from0: 0, to0: n - 1, year: num(g.fmYear), offset: relYear(g.fmRel) } : null;
  }
  if (g.mrA && g.mrB) return { type: 'months', from0: monthIndex(g.mrA), to0: monthIndex(g.mrB), year: num(g.mrYear), offset: null };
  if (g.ntN && g.ntMonth) {
    // "the three months to March": March and the two before it.
    const n = Number(g.ntN) || MONTH_COUNTS[g.ntN.toLowerCase()] || 0;
    const to0 = monthIndex(g.ntMonth);
    return n >= 1 && n <= 12 && to0 >= 0 ? { type: 'months', from0: (to0 - n + 1 + 12) % 12, to0, year: num(g.ntYear), offset: null } : null;
  }
  if (g.mtd) return { type: 'month-rel', which: 'this' };
  return null;
}

// "70 per cent of the February volume", "the March average", "the October export figures": with
// "the" before it and a word for a quantity after it, a month is the figure's period. Other nouns
// stay out ("the October fighting", "the September vote"), and so does a month with no "the"
// ("November receipts are expected to be lower").
const FIGURE_NOUN = /\s+(?:(?:crude|oil|export|import|loading|production|output|sales|monthly|daily|average|official|preliminary|final|revised|total)\s+)?(?:volumes?|averages?|figures?|totals?|levels?|numbers?|data|readings?|exports|imports|output|production|loadings|liftings|shipments|deliveries|arrivals|flows|throughput|runs|intake|supply|supplies|sales|revenues?|receipts|income|earnings|prices?|rate|quota|allocations?|programme|program|schedule)\b/iy;

const SINCE_BEFORE = /\bsince\s+$/i;
const COMPARED_THE = /\b(?:from|with|against|than|above|below|versus|vs\.?)\s+the\s+$/i;

function monthOfFigure(slice: string, start: number, end: number): boolean {
  if (!precededByThe(slice, start)) return false;
  FIGURE_NOUN.lastIndex = end;
  return FIGURE_NOUN.test(slice);
}

/** "the " right before `at`, read by character codes (this runs for most month names). */
function precededByThe(slice: string, at: number): boolean {
  if (at < 4 || slice.charCodeAt(at - 1) !== 32) return false;
  const t = slice.charCodeAt(at - 4) | 32;
  const h = slice.charCodeAt(at - 3) | 32;
  const e = slice.charCodeAt(at - 2) | 32;
  if (t !== 116 || h !== 104 || e !== 101) return false;
  const c = at > 4 ? slice.charCodeAt(at - 5) | 32 : 32;
  return c < 97 || c > 122;
}

const EVENT_NOUN = new RegExp(String.raw`\b(?:${EVENT_NOUNS})\b`, 'i');
const STOPPAGE_CLAUSE = /\b(before|since)\s+([^,;]*)$/i;

/** Whether time words close a "before …" or "since …" clause that tells of a stoppage. */
function stoppageClause(slice: string, at: number): 'before' | 'since' | null {
  const m = STOPPAGE_CLAUSE.exec(slice.slice(Math.max(0, at - 70), at));
  // "before guards closed the valves on Monday", "before the blockade of the field on January 19".
  if (!m || !(STOP_WORDS.test(m[2] ?? '') || EVENT_NOUN.test(m[2] ?? ''))) return null;
  return (m[1] ?? '').toLowerCase() === 'since' ? 'since' : 'before';
}

const WEEK_COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, eight: 8 };
const MONTH_COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
// "of this year" (0), "of last year" (-1), "of next year" (1); "of the year" or none: null, the
// latest such span that has ended (resolve-time.ts).
const relYear = (w: string | undefined): number | null => {
  const r = (w ?? '').toLowerCase();
  return r === 'last' ? -1 : r === 'next' ? 1 : r === 'this' ? 0 : null;
};

// At module level: a closure inside specOf is rebuilt (and, under tsx, renamed) on every match.
const num = (s: string | undefined) => (s ? Number(s) : null);

function specOf(g: Record<string, string | undefined>, byAlias: Map<string, EventRef>, whole: string): TimeSpec | null {
  if (g.ev || g.evPre) {
    const alias = (g.ev ?? g.evPre ?? '').toLowerCase().replace(/\s+/g, ' ');
    const event = byAlias.get(alias);
    if (!event) return null;
    const rel = (g.evRel ?? 'before').toLowerCase();
    if (rel === 'after') return null;
    return { type: 'event', event, before: rel !== 'since' };
  }
  if (g.aev) {
    // Read apart here, not by captures in the big pattern (each capture costs every match).
    const parts = ARTICLE_EVENT_PARTS.exec(g.aev);
    if (!parts) return null;
    const before = !/^since/i.test(g.aev);
    if (parts[2]) return { type: 'date', text: parts[2], year: null, before };
    return { type: 'article-event', noun: (parts[1] ?? '').toLowerCase(), before };
  }
  if (g.wtDay) {
    const day = g.wtDay.toLowerCase();
    const wd = WEEKDAYS.indexOf(day);
    // "the four weeks to July 30": a tanker tracker's rolling average, 28 days ending then.
    const weeks = g.wtN ? Number(g.wtN) || WEEK_COUNTS[g.wtN.toLowerCase()] || 1 : 1;
    return { type: 'week-to', days: 7 * weeks, end: wd >= 0 ? { type: 'weekday', weekday: wd, before: false } : { type: 'date', text: g.wtDay, year: null, before: false } };
  }
  if (g.qOrd || g.qNum) {
    const q = g.qNum ? Number(g.qNum) : ({ first: 1, second: 2, third: 3, fourth: 4, last: 4 } as Record<string, number>)[(g.qOrd ?? '').toLowerCase()] ?? 1;
    return { type: 'quarter', q, year: num(g.qYear) };
  }
  if (g.nDays && g.ndMonth) {
    const words: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20 };
    // "the first two weeks of April": fourteen days.
    const n = Number(g.nDays) || words[g.nDays.toLowerCase()] || 1;
    return { type: 'first-days', days: /^weeks$/i.test(g.ndUnit ?? '') ? 7 * n : n, month0: monthIndex(g.ndMonth) };
  }
  if (g.span) return spanSpec(g.span);
  if (g.sinceYearStart !== undefined || g.ytd !== undefined) return { type: 'year-start' };
  if (g.sinceMonth) return { type: 'month', month0: monthIndex(g.sinceMonth), year: num(g.sinceYear) };
  if (g.byMonth) return { type: 'by-month', month0: monthIndex(g.byMonth), year: num(g.byYear) };
  if (g.half) return { type: 'half-month', half: g.half.toLowerCase() === 'first' ? 1 : 2, month0: monthIndex(g.hMonth ?? ''), year: num(g.hYear) };
  if (g.ord) return { type: 'ord-week', ord: ORDINALS[(g.ord ?? '').toLowerCase()] ?? 1, month0: monthIndex(g.owMonth ?? ''), year: num(g.owYear) };
  if (g.mdMonth) {
    const prep = (g.mdPrep ?? '').toLowerCase();
    return { type: 'date', text: `${g.mdMonth} ${g.mdDay}${g.mdYear ? ` ${g.mdYear}` : ''}`, year: num(g.mdYear), before: prep === 'before' };
  }
  if (g.dmMonth) {
    const prep = (g.dmPrep ?? '').toLowerCase();
    return { type: 'date', text: `${g.dmDay} ${g.dmMonth}${g.dmYear ? ` ${g.dmYear}` : ''}`, year: num(g.dmYear), before: prep === 'before' };
  }
  if (g.iso) return { type: 'date', text: g.iso, year: Number(g.iso.slice(0, 4)), before: false };
  if (g.wd) {
    const prep = (g.wdPrep ?? '').toLowerCase();
    return { type: 'weekday', weekday: WEEKDAYS.indexOf(g.wd.toLowerCase()), before: prep === 'before', last: prep === 'last' };
  }
  if (g.rolling) return { type: 'rolling-week' };
  if (g.earlier) return { type: 'earlier', unit: /month/i.test(g.earlier) ? 'month' : /year/i.test(g.earlier) ? 'year' : 'week' };
  if (g.dayBefore) return { type: 'relday', days: -1 };
  if (g.relPeriod) {
    const p = g.relPeriod.toLowerCase().replace(/\s+/g, ' ');
    const which = p.startsWith('earlier') || p.startsWith('later') ? 'earlier-this' : /^(last|the previous|the preceding|the past)/.test(p) ? 'last' : p.startsWith('next') ? 'next' : 'this';
    if (p.endsWith('week')) return which === 'next' ? null : { type: 'week', which };
    return { type: 'month-rel', which };
  }
  if (g.relYear) {
    const w = g.relYear.toLowerCase();
    return { type: 'year-rel', offset: w === 'this' ? 0 : w === 'next' ? 1 : -1 };
  }
  if (g.eoy) return { type: 'end-of-year', year: num(g.eoyYear ?? g.eoyY2) };
  if (g.yEnd) return { type: 'date', text: `${g.yEnd}-12-31`, year: Number(g.yEnd), before: false };
  // "for December" (a loading month, a price period) is the nearest December, either side.
  if (g.month) {
    const prep = (g.mPrep ?? g.mPrep2 ?? '').toLowerCase();
    if (prep === 'last') return { type: 'month', month0: monthIndex(g.month), year: num(g.mYear), last: true };
    // "December of last year": the year is counted from publication's.
    const yearOffset = g.mRel ? relYear(g.mRel) ?? 0 : undefined;
    // "at the end of July", "end-July": the month's last day (stocks, debts, balances).
    if (/^(?:the\s+)?end(?:\s+of|-)$/.test(prep)) return { type: 'month', month0: monthIndex(g.month), year: num(g.mYear), end: true, yearOffset };
    return { type: 'month', month0: monthIndex(g.month), year: num(g.mYear), nearest: prep === 'for', yearOffset };
  }
  if (g.year) return { type: 'year', year: Number(g.year) };
  if (g.sameDay) return { type: 'same-day' };
  void whole;
  return null;
}

