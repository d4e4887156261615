// Mentions of subjects in one sentence: gazetteer names, and references back to them
// ("the pipeline", "the three fields", "It", "the pumping rate") that resolve later.
import { pickByCountry, type AliasMatcher, type Entity, type EntityKind, type Gazetteer } from './gazetteer';
import { unlistedAt } from './unlisted';
import { WordTable } from '../base/word-table';

export interface Mention {
  start: number;
  end: number;
  /** The named entity, or null for an anaphor resolved by the subject refiner. */
  entity: Entity | null;
  /** For anaphors: the kinds it can refer to, 'group' for "the three fields", 'generic' for "it", "flows", "the rate". */
  refers: readonly EntityKind[] | 'generic' | 'group' | null;
  /** What a typed reference resolved to: set by resolve() on first use, undefined until then. */
  resolved?: Entity | null;
  /** How far it stands aside from its sentence's subject (subjects/roles.ts), once computed. */
  aside?: number;
  /** Whether it stands in a mid-sentence subordinate clause (subjects/roles.ts), once computed. */
  subordinate?: boolean;
  /** The subject choice's features read from the words touching it (subjects/choice/features.ts), once computed. */
  hints?: readonly string[];
}

/**
 * What "the government", "the treasury", "the budget" refer to: whoever holds the money. Only
 * money figures take it ("The government expects flows to recover to 450,000 bpd" is still the
 * pipeline's); compared by identity.
 */
export const HOLDER: readonly EntityKind[] = ['government', 'country'];
/** "the regional government": the region or its government, for figures of any unit. */
export const REGIONAL: readonly EntityKind[] = ['government', 'region'];
/** "the kingdom", "the country": a country named before; never an unnamed one. */
export const COUNTRY: readonly EntityKind[] = ['country'];
/** "oil prices", "crude futures": a benchmark named before, else the price of crude in general. */
export const PRICE: readonly EntityKind[] = ['benchmark'];
/** "the spill", "a leak": a pipeline named before; never an unnamed one. */
export const SPILL: readonly EntityKind[] = ['pipeline'];

interface AnaphorRule {
  words: string[];
  /** Sticky, tried at the start of each word. */
  pattern: RegExp;
  refers: readonly EntityKind[] | 'generic' | 'group';
}

// Order matters: the first rule that matches at a word wins. `words` are the words a rule's
// pattern can begin with: only those rules are tried at a word.
const ANAPHORS: AnaphorRule[] = [
  { words: ['the', 'its', 'their', 'this', 'that'], pattern: /(?:the|its|their|this|that)\s+(?:main\s+|old\s+|export\s+|oil\s+|crude\s+)?(?:pipeline|line)\b/iy, refers: ['pipeline'] },
  // "the 970km pipeline", "the 40-inch pipeline": one describing word, but only before "pipeline".
  { words: ['the', 'its', 'their', 'this', 'that'], pattern: /(?:the|its|their|this|that)\s+[\w-]+\s+pipeline\b/iy, refers: ['pipeline'] },
  { words: ['the', 'both', 'these', 'those', 'all'], pattern: /(?:the|both|these|those|all)\s+(?:two\s+|three\s+|four\s+|five\s+|\d\s+)?(?:major\s+|main\s+|big\s+|northern\s+)?(?:oil\s?fields|fields)\b/iy, refers: 'group' },
  { words: ['the', 'that', 'this'], pattern: /(?:the|that|this)\s+(?:oil\s?field|field)\b/iy, refers: ['field'] },
  { words: ['the', 'that', 'this'], pattern: /(?:the|that|this)\s+(?:port|terminals?|oil\s+terminal)\b/iy, refers: ['port'] },
  { words: ['the', 'this'], pattern: /(?:the|this)\s+(?:(?:semi-)?autonomous\s+|northern\s+)?region\b/iy, refers: ['region', 'government'] },
  // "the regional government", "the regional authorities": the region's government, whatever the unit.
  { words: ['the', 'this'], pattern: /(?:the|this)\s+regional\s+(?:government|administration|authorities)\b/iy, refers: REGIONAL },
  { words: ['the', 'this'], pattern: /(?:the|this)\s+province\b/iy, refers: ['province'] },
  // "cost the treasury $4 billion", "9 per cent of the budget": the government that holds the money.
  { words: ['the', 'this', 'its'], pattern: /(?:the|this|its)\s+(?:government|treasury|budget|exchequer)(?![\w-])/iy, refers: HOLDER },
  { words: ['the', 'this'], pattern: /(?:the|this)\s+(?:company|firm|operator)\b/iy, refers: ['company'] },
  { words: ['the', 'this'], pattern: /(?:the|this)\s+(?:benchmark|contract)\b/iy, refers: ['benchmark'] },
  // "the kingdom", "the country's exports", "the world's top crude producer": a country named before.
  { words: ['the', 'this'], pattern: /(?:the|this)\s+(?:country|nation|kingdom|emirate|sultanate)(?![\w-])/iy, refers: COUNTRY },
  { words: ['the'], pattern: /the\s+world['’]s\s+(?:(?:biggest|largest|top|leading|second[- ](?:biggest|largest)|third[- ](?:biggest|largest))\s+)(?:crude\s+)?(?:oil\s+)?(?:exporter|producer|supplier)\b/iy, refers: COUNTRY },
  // "the group", "the cartel", "the alliance": the producers' organisation named before.
  { words: ['the', 'this'], pattern: /(?:the|this)\s+(?:producer\s+group|group|cartel|alliance)(?![\w-])/iy, refers: ['org'] },
  // "the plant", "the facility", "the processing complex": a processing plant or refinery named before.
  { words: ['the', 'this', 'that'], pattern: /(?:the|this|that)\s+(?:processing\s+)?(?:plant|facility|complex|refinery)\b/iy, refers: ['refinery'] },
  // "oil prices", "crude futures", "crude fell $1": the price of the benchmark the story names, else oil's price in general.
  // "Oil climbs 3% on supply fears" in a headline: the bare word before a verb of prices moving.
  { words: ['oil', 'crude'], pattern: /(?:oil|crude(?:\s+oil)?)\s+(?:prices?|futures)\b|(?:oil|crude(?:\s+oil)?)(?=\s+(?:was|were|is|rose|rises|fell|falls|climbed|climbs|slipped|slips|dropped|drops|jumped|jumps|gained|gains|lost|settled|traded|trades|ended|closed|edged|edges|added|adds|shed|sheds|slid|slides|tumbled|tumbles|rallied|rallies|surged|surges|extended|extends|steadied|steadies|hit|hits)\b)/iy, refers: PRICE },
  // "the 6,000-barrel spill", "a leak of 500 barrels": what leaked is the pipeline the story names.
  { words: ['spill', 'spills', 'leak', 'leaks'], pattern: /(?:spill|leak)s?\b/iy, refers: SPILL },
  {
    words: ['it', 'its', 'flow', 'flows', 'output', 'production', 'exports', 'loadings', 'shipments', 'deliveries', 'the'],
    // "the drop may deepen to …": a change named by its noun continues the previous figure.
    // "Its pumping rate", "its output": the thing before, like "it".
    pattern: /(?:it|its\s+(?:pumping\s+|flow\s+|export\s+|production\s+)?(?:rate|volume|output|production|exports|flows|throughput|loadings)|flows?|output|production|exports|loadings|shipments|deliveries|the\s+(?:pumping\s+|flow\s+|export\s+|production\s+)?(?:rate|volume)s?|the\s+(?:decline|drop|fall|increase|rise)(?!\s+(?:in|of)\b))\b/iy,
    refers: 'generic',
  },
];
const ANAPHOR_FIRST = new Set(ANAPHORS.flatMap((r) => r.words));

// "the", "its", "both" … start a reference only before one of these words; checking the next
// word first spares the reference patterns on every other "the" in the text.
const DETERMINERS = new Set(['the', 'its', 'their', 'this', 'that', 'both', 'these', 'those', 'all']);
const NEXT_WORDS = new Set([
  'main', 'old', 'export', 'oil', 'crude', 'pipeline', 'line', 'two', 'three', 'four', 'five', 'major', 'big',
  'northern', 'fields', 'oilfields', 'field', 'oilfield', 'port', 'terminal', 'terminals', 'autonomous', 'region',
  'province', 'company', 'firm', 'benchmark', 'contract', 'pumping', 'flow', 'production', 'rate', 'rates',
  'volume', 'volumes', 'government', 'treasury', 'budget', 'exchequer', '1', '2', '3', '4', '5', '6', '7', '8', '9',
  'semi-autonomous', 'regional', 'country', 'nation', 'kingdom', 'emirate', 'sultanate', 'world', 'operator', 'group',
  'cartel', 'alliance', 'producer', 'processing', 'plant', 'facility', 'complex', 'refinery', 'decline', 'drop', 'fall',
  'increase', 'rise', 'output', 'exports', 'flows', 'throughput', 'loadings',
]);

/** What the scan needs to know about a word, gathered once per gazetteer. */
interface WordInfo {
  /** Gazetteer aliases beginning with the word, longest first. */
  named: AliasMatcher[] | undefined;
  /** All of `named` in one sticky pattern, alias j as group j + 1; null when their flags differ. */
  anyNamed: RegExp | null;
  /** Starts a name or a reference even written in lower case ("northern exports", "the"). */
  lowerStart: boolean;
  determiner: boolean;
  /** Reference rules that can begin with the word, in rule order. */
  rules: AnaphorRule[];
  /** Can follow a determiner in a reference ("the main …", "both fields"). */
  afterDeterminer: boolean;
}

const startPatterns = new WeakMap<Gazetteer, RegExp>();

function startPattern(g: Gazetteer): RegExp {
  let re = startPatterns.get(g);
  if (!re) {
    const lower = [...new Set([...g.lowerFirstWords, ...ANAPHOR_FIRST])].sort((a, b) => b.length - a.length);
    re = new RegExp(`\\b(?:[A-Z][A-Za-z0-9]*|(?:${lower.join('|')})(?![A-Za-z0-9]))`, 'g');
    startPatterns.set(g, re);
  }
  return re;
}

const tables = new WeakMap<Gazetteer, WordTable<WordInfo>>();

function wordTable(g: Gazetteer): WordTable<WordInfo> {
  let table = tables.get(g);
  if (!table) {
    table = new WordTable();
    const lower = new Set([...g.lowerFirstWords, ...ANAPHOR_FIRST]);
    const words = new Set([...g.byFirstWord.keys(), ...lower, ...DETERMINERS, ...NEXT_WORDS]);
    for (const w of words) {
      const named = g.byFirstWord.get(w);
      table.set(w, {
        named,
        anyNamed: named ? oneOf(named) : null,
        lowerStart: lower.has(w),
        determiner: DETERMINERS.has(w),
        rules: ANAPHORS.filter((r) => r.words.includes(w)),
        afterDeterminer: NEXT_WORDS.has(w),
      });
    }
    tables.set(g, table);
  }
  return table;
}

/**
 * One pattern trying the aliases in their order: "Kirkuk" or "Kurdish" opens twenty-odd aliases,
 * and one match attempt through them all costs far less than a sticky test per alias. The first
 * alternative that matches is the one the alias-by-alias loop finds first (nothing follows the
 * alternation to make the engine backtrack into a later one).
 */
function oneOf(named: readonly AliasMatcher[]): RegExp | null {
  const flags = named[0]?.re.flags ?? '';
  if (named.length < 2 || named.some((m) => m.re.flags !== flags)) return null;
  return new RegExp(named.map((m) => `(${m.re.source})`).join('|'), flags);
}

/** The first alias in `named` matching at `at` and ending by `end` (its index and where it ends), or null. */
function firstAlias(info: WordInfo, named: readonly AliasMatcher[], text: string, at: number, end: number): { j: number; to: number } | null {
  let from = 0;
  const any = info.anyNamed;
  if (any) {
    any.lastIndex = at;
    const r = any.exec(text);
    if (!r) return null;
    let j = 0;
    while (r[j + 1] === undefined) j++;
    if (at + r[0].length <= end) return { j, to: at + r[0].length };
    // It runs past the sentence: a shorter alias may still fit.
    from = j + 1;
  }
  for (let j = from; j < named.length; j++) {
    const m = named[j] as AliasMatcher;
    m.re.lastIndex = at;
    if (m.re.test(text) && m.re.lastIndex <= end) return { j, to: m.re.lastIndex };
  }
  return null;
}

/** After a determiner: a word that can follow it in a reference, or "pipeline" one word later. */
function startsReference(text: string, pos: number, table: WordTable<WordInfo>): boolean {
  const from = skipBlanks(text, pos);
  const to = wordEnd(text, from);
  if (to === from) return false;
  const next = table.get(text, from, to);
  // "the federal pipeline", "that terminals in the south …" start a name, not a reference.
  const named = next?.named;
  if (named && next && firstAlias(next, named, text, from, Infinity)) return false;
  if (next?.afterDeterminer) return true;
  if (named) return false;
  const from2 = skipBlanks(text, to);
  return wordEnd(text, from2) - from2 === 8 && text.slice(from2, from2 + 8).toLowerCase() === 'pipeline';
}

const skipBlanks = (text: string, i: number): number => {
  while (i < text.length && text.charCodeAt(i) <= 32) i++;
  return i;
};

/** End of the word (letters, digits, hyphens) starting at `i`. */
const wordEnd = (text: string, i: number): number => {
  while (i < text.length && (isAlnum(text.charCodeAt(i)) || text.charCodeAt(i) === 45)) i++;
  return i;
};

const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isUpper = (c: number) => c >= 65 && c <= 90;

/** Whether a gazetteer name starts at `pos` (it then wins over an unlisted reading). */
function listedAt(text: string, pos: number, end: number, table: WordTable<WordInfo>): boolean {
  const info = table.get(text, pos, wordEnd(text, pos));
  return info?.named !== undefined && firstAlias(info, info.named, text, pos, end) !== null;
}

/** The entity for a match by `named[j]` at `at`; when later entries match the same words, the story decides. */
function sharedName(named: readonly AliasMatcher[], j: number, at: number, length: number, text: string, gazetteer: Gazetteer): Entity {
  const first = (named[j] as AliasMatcher).entity;
  // Almost always the next alias is shorter (longest first), so nothing is shared.
  if ((named[j + 1]?.length ?? 0) !== length) return first;
  const rivals = [first];
  for (let k = j + 1; k < named.length && (named[k] as AliasMatcher).length === length; k++) {
    const m = named[k] as AliasMatcher;
    m.re.lastIndex = at;
    const r = m.re.exec(text);
    if (r && r[0].length === length && m.entity !== first) rivals.push(m.entity);
  }
  return rivals.length > 1 ? pickByCountry(gazetteer, rivals, text) : first;
}

export function findMentions(text: string, start: number, end: number, gazetteer: Gazetteer): Mention[] {
  const out: Mention[] = [];
  const table = wordTable(gazetteer);
  let covered = start;
  // The regex engine skips to words that can start something: capitalised words, and the few
  // lower-case words that begin an alias or a reference. test() builds no match object; the
  // match is always a whole word, so its start is found by stepping back over letters and
  // digits, and the word is looked up in place, not sliced and lower-cased.
  const starts = startPattern(gazetteer);
  starts.lastIndex = start;
  while (starts.test(text)) {
    const i = starts.lastIndex;
    let at = i - 1;
    while (at > start && isAlnum(text.charCodeAt(at - 1))) at--;
    if (at >= end) break;
    if (at < covered) continue;
    const capital = isUpper(text.charCodeAt(at));
    const info = table.get(text, at, i);
    const named = info?.named;
    let hit: Mention | null = null;
    const first = named && info ? firstAlias(info, named, text, at, end) : null;
    if (named && first) {
      const { j, to } = first;
      hit = { start: at, end: to, entity: sharedName(named, j, at, to - at, text, gazetteer), refers: null, resolved: undefined, aside: undefined, subordinate: undefined };
    }
    // A name the gazetteer lacks, before a facility noun: "the Keystone pipeline" is itself,
    // not a reference back to whatever pipeline was named before.
    if (!hit && capital) hit = unlistedAt(text, at, end);
    const determiner = info?.determiner ?? false;
    if (!hit && determiner) {
      const next = i + 1;
      const c = text.charCodeAt(next);
      if (isUpper(c) && text.charCodeAt(next - 1) === 32 && !listedAt(text, next, end, table)) hit = unlistedAt(text, next, end);
    }
    if (!hit && info?.rules.length && (!determiner || startsReference(text, i, table))) {
      for (const rule of info.rules) {
        rule.pattern.lastIndex = at;
        // "Urals crude traded at …": the bare word after a name is that name's, not prices in general.
        if (rule.refers === PRICE && covered >= at - 1 && out.length > 0) break;
        if (rule.pattern.test(text) && rule.pattern.lastIndex <= end) {
          hit = { start: at, end: rule.pattern.lastIndex, entity: null, refers: rule.refers, resolved: undefined, aside: undefined, subordinate: undefined };
          break;
        }
      }
    }
    if (hit) {
      out.push(hit);
      covered = hit.end;
    }
  }
  return out;
}
