// Canonical entities: what a figure's subject is, whatever the article called it. The extractor
// names a subject by a gazetteer id, or by a slug of the words it found for an unlisted name
// ("kurdish-run-pipeline"); here both resolve to one entity, its `sameAs` targets and its `partOf`
// group. Pure data over data/gazetteer.json, so ingest, API and tests agree on it.
import type { Measure } from '../extract/types';

export interface GazetteerEntry {
  id: string;
  label: string;
  kind: string;
  aliases: string[];
  /** The group this entity belongs to (a field of the Kirkuk fields); `group` is the extractor's older name for it. */
  partOf?: string;
  group?: string;
  /**
   * One flow under another entity's name: figures of these measures are that entity's ("Kurdish
   * crude exported" is what flows through the Kurdistan pipeline to Ceyhan).
   */
  sameAs?: { id: string; measures: Measure[] }[];
}

export interface Entity {
  id: string;
  label: string;
  /**
   * Gazetteer kind; for a name the gazetteer does not list (it still gets its own entity), the kind
   * its head noun says ("Trans Niger pipeline" is a pipeline, "Khurais field" a field), else null.
   */
  kind: string | null;
  partOf: string | null;
  listed: boolean;
}

export interface EntityIndex {
  byId: ReadonlyMap<string, GazetteerEntry>;
  /** slug(alias) → entry: how an unlisted slug that is really a known alias finds its entry. */
  bySlug: ReadonlyMap<string, GazetteerEntry>;
  /** group id → its parts. */
  parts: ReadonlyMap<string, readonly GazetteerEntry[]>;
}

export function slug(words: string): string {
  return words.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export function entityIndex(entries: readonly GazetteerEntry[]): EntityIndex {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const bySlug = new Map<string, GazetteerEntry>();
  // First listed wins, as in the extractor: an alias two entries share keeps its first owner.
  for (const e of entries) for (const a of [e.label, ...e.aliases]) if (!bySlug.has(slug(a))) bySlug.set(slug(a), e);
  const parts = new Map<string, GazetteerEntry[]>();
  for (const e of entries) {
    const group = e.partOf ?? e.group;
    if (group) (parts.get(group) ?? parts.set(group, []).get(group)!).push(e);
  }
  return { byId, bySlug, parts };
}

const HEAD_NOUN: Record<string, string> = { pipeline: 'pipeline', line: 'pipeline', field: 'field', oilfield: 'field', port: 'port', terminal: 'port' };

function headNounKind(label: string): string | null {
  const last = /([a-z]+)\s*$/i.exec(label)?.[1]?.toLowerCase();
  return (last && HEAD_NOUN[last]) ?? null;
}

// Words that describe a known name without changing what it names: "benchmark Brent crude" is
// Brent, "the international benchmark Brent" too.
const MODIFIERS = new Set(['the', 'benchmark', 'global', 'international', 'marker', 'key']);

function withoutModifiers(id: string): string {
  const words = id.split('-');
  let i = 0;
  while (i < words.length - 1 && MODIFIERS.has(words[i]!)) i++;
  return words.slice(i).join('-');
}

function toEntity(e: GazetteerEntry): Entity {
  return { id: e.id, label: e.label, kind: e.kind, partOf: e.partOf ?? e.group ?? null, listed: true };
}

/**
 * The canonical entity for a subject id and measure. `label` names an unlisted subject. A sameAs
 * hop is followed once per measure (targets are canonical names, never aliases of aliases).
 */
export function resolveEntity(index: EntityIndex, id: string, label: string, measure: Measure): Entity {
  const entry = index.byId.get(id) ?? index.bySlug.get(id) ?? index.bySlug.get(withoutModifiers(id));
  if (!entry) return { id, label, kind: headNounKind(label), partOf: null, listed: false };
  const same = entry.sameAs?.find((s) => s.measures.includes(measure));
  const target = same ? index.byId.get(same.id) : undefined;
  return toEntity(target ?? entry);
}
