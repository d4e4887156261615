// Mentions of subjects in one sentence: gazetteer names, and references back to them
// ("the pipeline", "the three fields", "It", "the pumping rate") that resolve later.
import type { Entity, EntityKind, Gazetteer } from './gazetteer';
import { unlistedAt } from './unlisted';

export interface Mention {
  start: number;
  end: number;
  /** The named entity, or null for an anaphor resolved by the subject refiner. */
  entity: Entity | null;
  /** For anaphors: the kinds it can refer to, 'group' for "the three fields", 'generic' for "it", "flows", "the rate". */
  refers: readonly EntityKind[] | 'generic' | 'group' | null;
  text: string;
}

interface AnaphorRule {
  /** Sticky, tried at the start of each word. */
  pattern: RegExp;
  refers: readonly EntityKind[] | 'generic' | 'group';
}

// Order matters: the first rule that matches at a word wins.
const ANAPHORS: AnaphorRule[] = [
  { pattern: /(?:the|its|their|this|that)\s+(?:main\s+|old\s+|export\s+|oil\s+|crude\s+)?(?:pipeline|line)\b/iy, refers: ['pipeline'] },
  // "the 970km pipeline", "the 40-inch pipeline": one describing word, but only before "pipeline".
  { pattern: /(?:the|its|their|this|that)\s+[\w-]+\s+pipeline\b/iy, refers: ['pipeline'] },
  { pattern: /(?:the|both|these|those|all)\s+(?:two\s+|three\s+|four\s+|five\s+|\d\s+)?(?:major\s+|main\s+|big\s+|northern\s+)?(?:oil\s?fields|fields)\b/iy, refers: 'group' },
  { pattern: /(?:the|that|this)\s+(?:oil\s?field|field)\b/iy, refers: ['field'] },
  { pattern: /(?:the|that|this)\s+(?:port|terminals?|oil\s+terminal)\b/iy, refers: ['port'] },
  { pattern: /(?:the|this)\s+(?:autonomous\s+)?region\b/iy, refers: ['region', 'government'] },
  { pattern: /(?:the|this)\s+province\b/iy, refers: ['province'] },
  { pattern: /(?:the|this)\s+(?:company|firm)\b/iy, refers: ['company'] },
  { pattern: /(?:the|this)\s+(?:benchmark|contract)\b/iy, refers: ['benchmark'] },
  {
    pattern: /(?:it|flows?|output|production|exports|loadings|shipments|deliveries|the\s+(?:pumping\s+|flow\s+|export\s+|production\s+)?(?:rate|volume)s?)\b/iy,
    refers: 'generic',
  },
];
const ANAPHOR_FIRST = new Set(['the', 'its', 'their', 'this', 'that', 'both', 'these', 'those', 'all', 'it', 'flow', 'flows', 'output', 'production', 'exports', 'loadings', 'shipments', 'deliveries']);

// "the", "its", "both" … start a reference only before one of these words; checking the next
// word first spares the reference patterns on every other "the" in the text.
const DETERMINERS = new Set(['the', 'its', 'their', 'this', 'that', 'both', 'these', 'those', 'all']);
const NEXT_WORDS = new Set([
  'main', 'old', 'export', 'oil', 'crude', 'pipeline', 'line', 'two', 'three', 'four', 'five', 'major', 'big',
  'northern', 'fields', 'oilfields', 'field', 'oilfield', 'port', 'terminal', 'terminals', 'autonomous', 'region',
  'province', 'company', 'firm', 'benchmark', 'contract', 'pumping', 'flow', 'production', 'rate', 'rates',
  'volume', 'volumes', '1', '2', '3', '4', '5', '6', '7', '8', '9',
]);

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

/** After a determiner: a word that can follow it in a reference, or "pipeline" one word later. */
function startsReference(text: string, pos: number, gazetteer: Gazetteer): boolean {
  const [next, after] = nextWord(text, pos);
  if (next === '') return false;
  // "the federal pipeline", "that terminals in the south …" start a name, not a reference.
  const named = gazetteer.byFirstWord.get(next);
  if (named) {
    const at = after - next.length;
    for (const m of named) {
      m.re.lastIndex = at;
      if (m.re.test(text)) return false;
    }
  }
  if (NEXT_WORDS.has(next)) return true;
  return !named && nextWord(text, after)[0] === 'pipeline';
}

/** The next word after `pos` (lower case) and where it ends. */
function nextWord(text: string, pos: number): [string, number] {
  let i = pos;
  while (i < text.length && text.charCodeAt(i) <= 32) i++;
  let j = i;
  while (j < text.length && (isWordChar(text.charCodeAt(j)) || text.charCodeAt(j) === 45)) j++;
  return [text.slice(i, j).toLowerCase(), j];
}

const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

function hasUpper(word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/** Whether a gazetteer name starts at `pos` (it then wins over an unlisted reading). */
function listedAt(text: string, pos: number, end: number, gazetteer: Gazetteer): boolean {
  const [word] = nextWord(text, pos);
  for (const m of gazetteer.byFirstWord.get(word) ?? []) {
    m.re.lastIndex = pos;
    const r = m.re.exec(text);
    if (r && pos + r[0].length <= end) return true;
  }
  return false;
}

export function findMentions(text: string, start: number, end: number, gazetteer: Gazetteer): Mention[] {
  const out: Mention[] = [];
  let covered = start;
  // The regex engine skips to words that can start something: capitalised words, and the few
  // lower-case words that begin an alias or a reference. No match objects for the rest.
  const starts = startPattern(gazetteer);
  starts.lastIndex = start;
  for (let w = starts.exec(text); w && w.index < end; w = starts.exec(text)) {
    const at = w.index;
    if (at < covered) continue;
    const word = w[0];
    const c0 = word.charCodeAt(0);
    const key = c0 <= 90 || hasUpper(word) ? word.toLowerCase() : word;
    const named = gazetteer.byFirstWord.get(key);
    let hit: Mention | null = null;
    if (named) {
      for (const m of named) {
        m.re.lastIndex = at;
        const r = m.re.exec(text);
        if (r && at + r[0].length <= end) {
          hit = { start: at, end: at + r[0].length, entity: m.entity, refers: null, text: r[0] };
          break;
        }
      }
    }
    // A name the gazetteer lacks, before a facility noun: "the Keystone pipeline" is itself,
    // not a reference back to whatever pipeline was named before.
    if (!hit && c0 >= 65 && c0 <= 90) hit = unlistedAt(text, at, end);
    if (!hit && DETERMINERS.has(key)) {
      const next = at + word.length + 1;
      const c = text.charCodeAt(next);
      if (c >= 65 && c <= 90 && text.charCodeAt(next - 1) === 32 && !listedAt(text, next, end, gazetteer)) hit = unlistedAt(text, next, end);
    }
    if (!hit && ANAPHOR_FIRST.has(key) && (!DETERMINERS.has(key) || startsReference(text, at + word.length, gazetteer))) {
      for (const rule of ANAPHORS) {
        rule.pattern.lastIndex = at;
        const r = rule.pattern.exec(text);
        if (r && at + r[0].length <= end) {
          hit = { start: at, end: at + r[0].length, entity: null, refers: rule.refers, text: r[0] };
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
