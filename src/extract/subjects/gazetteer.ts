// The named things figures are about (pipelines, fields, ports, benchmarks, companies, places),
// loaded from data/gazetteer.json and matched with one alternation, longest alias first.
import entries from '../../../data/gazetteer.json';

export type EntityKind =
  | 'pipeline' | 'field' | 'fieldgroup' | 'port' | 'place' | 'benchmark' | 'grade'
  | 'company' | 'org' | 'government' | 'region' | 'province' | 'country';

export interface Entity {
  id: string;
  label: string;
  kind: EntityKind;
  aliases: string[];
  /** A field's group ("kirkuk-fields"): what "the three fields" means after naming one of them. */
  group?: string;
  /** A place whose oil flows are another entity's ("Kirkuk" output → "kirkuk-fields"). */
  flows?: string;
}

export interface Gazetteer {
  byId: Map<string, Entity>;
  /** Global, case-insensitive; group i+1 is alias i of `aliasOwner`. */
  pattern: RegExp;
  lookup(matched: string): Entity | undefined;
}

// Letters of an alias, written loosely: any run of spaces, optional hyphens, and apostrophes that
// copy-editing turned into ’ or dropped ("Turkey s port").
function loose(alias: string): string {
  return alias
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/'/g, "['’]?")
    .replace(/-/g, '[-\\s]?')
    .replace(/ /g, '\\s+');
}

const keyOf = (s: string) => s.toLowerCase().replace(/['’]/g, '').replace(/[\s-]+/g, ' ');

export function buildGazetteer(list: readonly Entity[]): Gazetteer {
  const byId = new Map(list.map((e) => [e.id, e]));
  const byKey = new Map<string, Entity>();
  const caseSensitive = new Set<string>();
  const aliases: string[] = [];
  for (const e of list) {
    for (const a of e.aliases) {
      byKey.set(keyOf(a), e);
      // Short all-capital names (NOC, KRG, BOC) only count in capitals.
      if (/^[A-Z]{2,5}$/.test(a)) caseSensitive.add(a);
      aliases.push(a);
    }
  }
  aliases.sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`\\b(?:${aliases.map(loose).join('|')})(?![\\w-])`, 'gi');
  return {
    byId,
    pattern,
    lookup(matched) {
      const e = byKey.get(keyOf(matched));
      if (!e) return undefined;
      if (/^[A-Za-z]{2,5}$/.test(matched) && !caseSensitive.has(matched) && [...caseSensitive].some((a) => a.toLowerCase() === matched.toLowerCase())) {
        return undefined;
      }
      return e;
    },
  };
}

export const defaultGazetteer: Gazetteer = buildGazetteer(entries as Entity[]);
