// Gazetteer aliases live in data/gazetteer.json, not in the database, so the series search matches
// them here: an entity whose label or any alias holds every word of the query (as the start of a word,
// or the same word with up to two more letters:
// "pipelines", "exported") is a hit, and its series are found by entity id.
import type { EntityIndex } from '../series/entities';
import type { SearchQuery } from './query';

const WORD = /[\p{L}\p{N}]+/gu;

function words(s: string): string[] {
  return [...s.normalize('NFKC').toLowerCase().matchAll(WORD)].map((m) => m[0]);
}

/** Ids of the gazetteer entities one of whose names (label or alias) holds every query term. */
export function entitiesByAlias(index: EntityIndex, query: SearchQuery): string[] {
  const holds = (name: string) => {
    const ws = words(name);
    return query.terms.every((t) => ws.some((w) => w.startsWith(t) || (t.startsWith(w) && t.length - w.length <= 2)));
  };
  const ids: string[] = [];
  for (const entry of index.byId.values()) if ([entry.label, ...entry.aliases].some(holds)) ids.push(entry.id);
  return ids;
}
