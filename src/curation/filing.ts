// Filing with the analysts' rules on top of the gazetteer: an unlisted name mapped to a listed
// entity resolves to it, and a merged series' figures go to the series it was merged into. Pure.
import type { EntityIndex } from '../series/entities';
import { seriesKey, type ProposedSeries, type SeriesKey } from '../series/key';

export interface FilingRules {
  /** Unlisted entity id → listed entity id. */
  entities: ReadonlyMap<string, string>;
  /** Series id → the series its figures now go to (chains already followed). */
  merges: ReadonlyMap<string, SeriesKey>;
}

export const NO_RULES: FilingRules = { entities: new Map(), merges: new Map() };

/** The index with each mapped name resolving to its entity's entry. A new index; the base is untouched. */
export function withMappings(base: EntityIndex, mappings: ReadonlyMap<string, string>): EntityIndex {
  if (!mappings.size) return base;
  const bySlug = new Map(base.bySlug);
  for (const [from, to] of mappings) {
    const entry = base.byId.get(to);
    if (entry) bySlug.set(from, entry);
  }
  return { ...base, bySlug };
}

/** How figures are filed under these rules: the canonical key, then any merge. */
export function filer(base: EntityIndex, rules: FilingRules): (f: ProposedSeries) => SeriesKey {
  const index = withMappings(base, rules.entities);
  return (f) => {
    const key = seriesKey(index, f);
    return rules.merges.get(key.id) ?? key;
  };
}

/** Follows merge chains (a → b, b → c gives a → c), stopping at a cycle. */
export function followMerges(direct: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const from of direct.keys()) {
    let to = direct.get(from)!;
    const seen = new Set([from]);
    while (direct.has(to) && !seen.has(to)) {
      seen.add(to);
      to = direct.get(to)!;
    }
    if (to !== from) out.set(from, to);
  }
  return out;
}
