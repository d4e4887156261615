// The named things figures are about (pipelines, fields, ports, benchmarks, companies, places),
// loaded from data/gazetteer.json. Matching is by words: each alias is filed under its first
// word, so a sentence costs one word scan and a few sticky regexes, not a 200-way alternation
// tried at every character.
import entries from '../../../data/gazetteer.json';

export type EntityKind =
  | 'pipeline' | 'field' | 'fieldgroup' | 'port' | 'refinery' | 'place' | 'benchmark' | 'grade'
  | 'company' | 'org' | 'government' | 'region' | 'province' | 'country'
  /** An economic measure rather than a thing: GDP, inflation, reserves, a budget, stocks. */
  | 'indicator'
  /** A storage hub or reserve (Cushing, the Strategic Petroleum Reserve). */
  | 'storage';

// Every kind once: a Record keyed by the type, so the compiler says when a new kind is missing.
const EVERY_KIND: Record<EntityKind, true> = {
  pipeline: true, field: true, fieldgroup: true, port: true, refinery: true, place: true, benchmark: true, grade: true,
  company: true, org: true, government: true, region: true, province: true, country: true, indicator: true, storage: true,
};
export const ENTITY_KINDS = Object.keys(EVERY_KIND) as EntityKind[];

export interface Entity {
  id: string;
  label: string;
  kind: EntityKind;
  aliases: string[];
  /** A field's group ("kirkuk-fields"): what "the three fields" means after naming one of them. */
  group?: string;
  /** A place whose oil flows are another entity's ("Kirkuk" output → "kirkuk-fields"). */
  flows?: string;
  /**
   * An item of a budget ("public-sector wages"): the subject of a figure in its own sentence only.
   * Later sentences do not refer back to it, so "Fuel subsidies cost $12 billion" after a sentence
   * about salaries does not become a salary figure.
   */
  local?: boolean;
  /** The country it belongs to (an id): decides a name two entries share ("NOC" in Kirkuk or Libya). */
  country?: string;
  /** Formerly what "the pipeline" meant when a story named none; unused now (an unnamed reference gets a generic label), still accepted in the file. */
  default?: boolean;
}

export interface AliasMatcher {
  entity: Entity;
  /** Sticky, tried where the first word starts. */
  re: RegExp;
  length: number;
}

export interface Gazetteer {
  byId: Map<string, Entity>;
  /** Longest alias first under each lower-cased first word. */
  byFirstWord: Map<string, AliasMatcher[]>;
  /** First words of aliases that are written in lower case ("pipeline to Ceyhan", "southern terminals"). */
  lowerFirstWords: string[];
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

export const firstWordOf = (s: string): string => (/^[A-Za-z0-9]+/.exec(s)?.[0] ?? '').toLowerCase();

export function buildGazetteer(list: readonly Entity[]): Gazetteer {
  const byId = new Map(list.map((e) => [e.id, e]));
  const byFirstWord = new Map<string, AliasMatcher[]>();
  for (const entity of list) {
    for (const alias of entity.aliases) {
      // Short all-capital names (NOC, KRG, BOC) only count in capitals.
      const flags = /^[A-Z]{2,5}$/.test(alias) ? 'y' : 'iy';
      const matcher = { entity, re: new RegExp(`${loose(alias)}(?![\\w-])`, flags), length: alias.length };
      const key = firstWordOf(alias);
      const list2 = byFirstWord.get(key) ?? [];
      list2.push(matcher);
      byFirstWord.set(key, list2);
    }
  }
  for (const l of byFirstWord.values()) l.sort((a, b) => b.length - a.length);
  const lowerFirstWords = [...new Set(list.flatMap((e) => e.aliases).filter((a) => /^[a-z]/.test(a)).map(firstWordOf))];
  return { byId, byFirstWord, lowerFirstWords };
}

export const defaultGazetteer: Gazetteer = buildGazetteer(entries as Entity[]);

// Where a story first names each country, for names two entries share. One story at a time:
// the few ambiguous names in it ask about the same text.
const countryPatterns = new Map<string, RegExp | null>();
let namedIn: { text: string; at: Map<string, number> } = { text: '', at: new Map() };

function firstNamed(g: Gazetteer, id: string, text: string): number {
  if (namedIn.text !== text) namedIn = { text, at: new Map() };
  let at = namedIn.at.get(id);
  if (at === undefined) {
    let re = countryPatterns.get(id);
    if (re === undefined) {
      const e = g.byId.get(id);
      re = e ? new RegExp(`\\b(?:${e.aliases.map(loose).join('|')})(?![\\w-])`) : null;
      countryPatterns.set(id, re);
    }
    at = re?.exec(text)?.index ?? Infinity;
    namedIn.at.set(id, at);
  }
  return at;
}

/**
 * Of entries whose alias matched at the same place with the same length ("NOC"), the one whose
 * country the story names first; the first listed when it names none of them.
 */
export function pickByCountry(g: Gazetteer, rivals: readonly Entity[], text: string): Entity {
  let best = rivals[0] as Entity;
  let bestAt = Infinity;
  for (const e of rivals) {
    const at = e.country ? firstNamed(g, e.country, text) : Infinity;
    if (at < bestAt) {
      bestAt = at;
      best = e;
    }
  }
  return best;
}
