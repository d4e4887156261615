// Everything the user chose lives in the query string, so a link reproduces the view and the
// browser's back/forward buttons walk through it (see decisions/0001-url-state-no-router.md).
import type { FigureKind } from '../src/extract/types';
import { FIGURE_KINDS } from '../src/extract/types';
import { SOURCE_KINDS, type SourceKind } from '../src/series/source-kind';
import { isIsoDay } from './iso-day';

export interface ViewState {
  /** Series shown on the trend charts (one chart per unit). Empty = let the app pick. */
  series: string[];
  /** Series pinned as favourites: listed first in the series picker, kept in the link. */
  pins: string[];
  from: string | null;
  to: string | null;
  /** Kinds drawn; targets and changes are off unless asked for. */
  kinds: FigureKind[];
  view: 'chart' | 'table';
  /** Before/after panel. */
  compare: string | null;
  event: string | null;
  window: number;
  /** Open document view, and the figure it was opened from. */
  doc: number | null;
  fig: number | null;
  /** Official reference series drawn beside the news ones they cover (`ref=1`). */
  ref: boolean;
  /** Frequency: every observation as reported, or the API's period-aware weekly/monthly means. */
  every: Every;
  /** Charts (by chartKey: measure and unit) drawn on a logarithmic axis. */
  log: string[];
  /** Charts drawn as an index, 100 at the given day: chartKey → YYYY-MM-DD. */
  index: Record<string, string>;
  /** Kinds of source whose reports are drawn; empty = all. */
  sources: SourceKind[];
  /** What a point's colour tells: its series (default) or the kind of its source. */
  color: 'series' | 'source';
}

export const EVERY_CHOICES = ['reported', 'week', 'month'] as const;
export type Every = (typeof EVERY_CHOICES)[number];

export const DEFAULT_KINDS: readonly FigureKind[] = FIGURE_KINDS.filter((k) => k !== 'change' && k !== 'target');
export const WINDOW_CHOICES = [7, 14, 30, 90] as const;
export const DEFAULT_WINDOW = 30;

const ID = /^[a-z0-9-]+$/;

export function defaultState(): ViewState {
  return {
    series: [],
    pins: [],
    from: null,
    to: null,
    kinds: [...DEFAULT_KINDS],
    view: 'chart',
    compare: null,
    event: null,
    window: DEFAULT_WINDOW,
    doc: null,
    fig: null,
    ref: false,
    every: 'reported',
    log: [],
    index: {},
    sources: [],
    color: 'series',
  };
}

function positiveInt(s: string | null, max: number): number | null {
  if (s === null || !/^\d+$/.test(s)) return null;
  const n = Number(s);
  return n >= 1 && n <= max ? n : null;
}

/** Reads a query string; anything malformed falls back to the default rather than failing. */
export function parseState(search: string): ViewState {
  const q = new URLSearchParams(search);
  const s = defaultState();
  const list = (name: string) => (q.get(name) ?? '').split(',').filter(Boolean);
  s.series = [...new Set(list('series').filter((id) => ID.test(id)))];
  s.pins = [...new Set(list('pins').filter((id) => ID.test(id)))];
  const from = q.get('from');
  const to = q.get('to');
  s.from = from && isIsoDay(from) ? from : null;
  s.to = to && isIsoDay(to) ? to : null;
  if (q.has('kinds')) {
    s.kinds = FIGURE_KINDS.filter((k) => list('kinds').includes(k));
  }
  s.view = q.get('view') === 'table' ? 'table' : 'chart';
  const compare = q.get('compare');
  s.compare = compare && ID.test(compare) ? compare : null;
  const event = q.get('event');
  s.event = event && ID.test(event) ? event : null;
  s.window = positiveInt(q.get('window'), 3650) ?? DEFAULT_WINDOW;
  s.doc = positiveInt(q.get('doc'), Number.MAX_SAFE_INTEGER);
  s.fig = s.doc === null ? null : positiveInt(q.get('fig'), Number.MAX_SAFE_INTEGER);
  s.ref = q.get('ref') === '1';
  const every = q.get('every');
  s.every = EVERY_CHOICES.find((e) => e === every) ?? 'reported';
  s.log = [...new Set(list('log').filter((k) => ID.test(k)))];
  for (const item of list('index')) {
    const [key, day] = item.split(':');
    if (key && day && ID.test(key) && isIsoDay(day)) s.index[key] = day;
  }
  s.sources = SOURCE_KINDS.filter((k) => list('sources').includes(k));
  s.color = q.get('color') === 'source' ? 'source' : 'series';
  return s;
}

/** The query string for a state, leaving defaults out so links stay short. */
export function serializeState(s: ViewState): string {
  const q = new URLSearchParams();
  if (s.series.length) q.set('series', s.series.join(','));
  if (s.pins.length) q.set('pins', s.pins.join(','));
  if (s.from) q.set('from', s.from);
  if (s.to) q.set('to', s.to);
  const kinds = FIGURE_KINDS.filter((k) => s.kinds.includes(k));
  if (kinds.join() !== DEFAULT_KINDS.join()) q.set('kinds', kinds.join(','));
  if (s.view !== 'chart') q.set('view', s.view);
  if (s.compare) q.set('compare', s.compare);
  if (s.event) q.set('event', s.event);
  if (s.window !== DEFAULT_WINDOW) q.set('window', String(s.window));
  if (s.doc !== null) {
    q.set('doc', String(s.doc));
    if (s.fig !== null) q.set('fig', String(s.fig));
  }
  if (s.ref) q.set('ref', '1');
  if (s.every !== 'reported') q.set('every', s.every);
  if (s.log.length) q.set('log', s.log.join(','));
  const index = Object.entries(s.index).map(([key, day]) => `${key}:${day}`);
  if (index.length) q.set('index', index.join(','));
  if (s.sources.length) q.set('sources', SOURCE_KINDS.filter((k) => s.sources.includes(k)).join(','));
  if (s.color !== 'series') q.set('color', s.color);
  const text = q.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return text ? `?${text}` : '';
}
