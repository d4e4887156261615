// What a link asks for that the page cannot use (a mistyped date, an unknown frequency): named to
// the user instead of silently ignored, with the clean link that "Try again" switches to.
import { FIGURE_KINDS } from '../src/extract/types';
import { SOURCE_KINDS } from '../src/series/source-kind';
import { isIsoDay } from './iso-day';
import { EVERY_CHOICES, parseState, serializeState } from './view-state';

export interface UrlProblem {
  param: string;
  value: string;
  message: string;
}

const ID = /^[a-z0-9-]+$/;

export function urlProblems(search: string): UrlProblem[] {
  const q = new URLSearchParams(search);
  const out: UrlProblem[] = [];
  const bad = (param: string, value: string, message: string) => out.push({ param, value, message });
  const items = (name: string) => (q.get(name) ?? '').split(',').filter(Boolean);
  for (const name of ['from', 'to'] as const) {
    const v = q.get(name);
    if (v !== null && v !== '' && !isIsoDay(v)) bad(name, v, `"${v}" is not a day written as YYYY-MM-DD`);
  }
  const from = q.get('from');
  const to = q.get('to');
  if (from && to && isIsoDay(from) && isIsoDay(to) && from > to) bad('to', to, `the end (${to}) is before the start (${from})`);
  for (const id of items('series')) if (!ID.test(id)) bad('series', id, `"${id}" is not a series id (lower-case letters, digits and -)`);
  for (const k of items('kinds')) {
    if (!(FIGURE_KINDS as readonly string[]).includes(k)) bad('kinds', k, `"${k}" is not a kind of figure (${FIGURE_KINDS.join(', ')})`);
  }
  const every = q.get('every');
  if (every !== null && !(EVERY_CHOICES as readonly string[]).includes(every)) bad('every', every, `"${every}" is not a frequency (${EVERY_CHOICES.join(', ')})`);
  for (const s of items('sources')) {
    if (!(SOURCE_KINDS as readonly string[]).includes(s)) bad('sources', s, `"${s}" is not a kind of source (${SOURCE_KINDS.join(', ')})`);
  }
  for (const item of items('index')) {
    const [key, day] = item.split(':');
    if (!key || !day || !ID.test(key) || !isIsoDay(day)) bad('index', item, `"${item}" is not chart:YYYY-MM-DD`);
  }
  const window = q.get('window');
  if (window !== null && !(/^\d+$/.test(window) && Number(window) >= 1 && Number(window) <= 3650)) bad('window', window, `"${window}" is not a number of days from 1 to 3650`);
  return out;
}

/** The link without what urlProblems named: what the page shows anyway, now said in the address. */
export function cleanSearch(search: string): string {
  const s = parseState(search);
  const q = new URLSearchParams(search);
  const from = q.get('from');
  const to = q.get('to');
  // parseState keeps both ends of a reversed range; the API refuses it, so the end goes.
  if (from && to && from > to) s.to = null;
  return serializeState(s);
}
