// Named facilities the gazetteer does not know: a capitalised name followed by a facility noun
// ("the Keystone pipeline", "the Sharara field", "the Abqaiq plant") or set beside one in apposition ("Es Sider, the
// country's largest export terminal"). Wire copy names far more pipelines and fields than any
// list holds; such a name is still a subject of its own, labelled "<name> <noun>", and beats a
// country named earlier in the sentence. Later "the field", "the line" resolve to it as usual.
import type { Entity, EntityKind } from './gazetteer';
import type { Mention } from './mentions';

const NAME_WORD = String.raw`(?:[A-Z][A-Za-z0-9'’-]*|\d{1,3})`;
// Title Case too: proper names of facilities are often capitalised whole ("Trans Niger Pipeline").
const NOUN = String.raw`(?<noun>[Pp]ipeline|[Ll]ine|[Oo]il\s?[Ff]ield|[Ff]ield|[Tt]erminal|[Pp]ort|[Rr]efinery|[Pp]lant|[Pp]latform|[Pp]roject|[Bb]lock|[Gg]rade|[Bb]lend|[Cc]rude)`;
// Sticky: tried only where a capitalised word starts.
// Lazy: the shortest name before a facility noun, so "Rubiales Oil Field" is Rubiales + oil field.
const FOLLOWED = new RegExp(String.raw`(?<name>${NAME_WORD}(?:\s+${NAME_WORD}){0,3}?)\s+${NOUN}(?![\w-])`, 'y');
const APPOSED = new RegExp(String.raw`(?<name>${NAME_WORD}(?:\s+${NAME_WORD}){0,2}),\s+(?:the|an?)\s+(?:[\w'’-]+\s+){0,5}?${NOUN}(?![\w-])`, 'y');

// "the Caspian Pipeline Consortium (CPC) line": the whole name before the bracketed acronym names
// it; tried first, since the lazy FOLLOWED would stop at "Caspian Pipeline". Greedy is safe: the
// brackets anchor the name's end.
const ACRONYMED = new RegExp(String.raw`(?<name>${NAME_WORD}(?:\s+${NAME_WORD}){0,4})\s+\((?<acr>[A-Z][A-Z0-9&]{1,6})\)\s+${NOUN}(?![\w-])`, 'y');

// "Enbridge's Line 5", "Block 9": the number is the name.
const NUMBERED = /(?<noun>Line|Block|Train|Platform)\s+(?<name>\d{1,3}[A-Z]?)(?![\w-])/y;

const NAME_PATTERNS = [ACRONYMED, FOLLOWED, APPOSED];

// How a facility noun (NOUN) begins: the rest of the word after its first letter, filed by that
// letter in lower case (the first letter may be a capital, the rest is lower case).
const NOUN_TAILS: (string[] | undefined)[] = [];
for (const w of ['pipeline', 'line', 'oil', 'field', 'terminal', 'port', 'refinery', 'plant', 'platform', 'project', 'block', 'grade', 'blend', 'crude']) {
  (NOUN_TAILS[w.charCodeAt(0)] ??= []).push(w.slice(1));
}

/** Whether a facility noun may start at `i` (a letter). */
function nounAt(text: string, i: number): boolean {
  const tails = NOUN_TAILS[text.charCodeAt(i) | 32];
  if (tails) {
    for (const t of tails) {
      let k = 0;
      while (k < t.length && text.charCodeAt(i + 1 + k) === t.charCodeAt(k)) k++;
      if (k === t.length) return true;
    }
  }
  return false;
}

// The words opening an apposition.
const APPOSITION = /,\s+(?:the|an?)\s/y;

// Characters of a name word (NAME_WORD's tail), and what \s matches.
const isNameChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 45 || c === 0x2019;
const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/**
 * Whether ACRONYMED, FOLLOWED or APPOSED can match at `at`: each is a run of name words and then
 * a facility noun, "(" or ", the". Walks that run word by word; true whenever unsure.
 */
function mayName(text: string, at: number): boolean {
  let i = at;
  for (let words = 0; words < 6; words++) {
    while (i < text.length && isNameChar(text.charCodeAt(i))) i++;
    const c = text.charCodeAt(i);
    if (c === 44) {
      APPOSITION.lastIndex = i;
      return APPOSITION.test(text);
    }
    if (!isSpace(c)) return false;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    const d = text.charCodeAt(i);
    if (d === 40) return true;
    if ((d >= 65 && d <= 90) || (d >= 97 && d <= 122)) {
      if (nounAt(text, i)) return true;
      // A lower-case word that is no facility noun ends the name: nothing follows it.
      if (d >= 97) return false;
    } else if (!(d >= 48 && d <= 57)) return false;
  }
  return true;
}

const KIND: Record<string, EntityKind> = {
  pipeline: 'pipeline', line: 'pipeline', field: 'field', oilfield: 'field', block: 'field', platform: 'field',
  // A processing plant ("the Abqaiq plant") treats crude on its way to export, like a refinery.
  project: 'field', terminal: 'port', port: 'port', refinery: 'refinery', plant: 'refinery', grade: 'grade', blend: 'grade', crude: 'grade',
};

// Capitalised words that open sentences or describe rather than name ("Oil field output", "New
// pipeline", "Northern terminals"), and nationalities ("Iraqi crude", "Turkish port"): not names.
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'in', 'on', 'at', 'for', 'from',
  'by', 'with', 'but', 'and', 'or', 'as', 'after', 'before', 'since', 'while', 'when', 'if', 'meanwhile', 'elsewhere',
  'oil', 'crude', 'gas', 'export', 'exports', 'output', 'production', 'new', 'old', 'main', 'both', 'all', 'another',
  'one', 'some', 'each', 'every', 'government', 'state', 'national', 'northern', 'southern', 'eastern', 'western',
  'offshore', 'onshore', 'total', 'overall', 'bottom', 'front', 'hard', 'first', 'last', 'such', 'other', 'key', 'major',
  'largest', 'biggest', 'seaborne', 'waterborne', 'domestic', 'foreign', 'daily', 'weekly', 'monthly', 'annual',
  'average', 'combined', 'physical', 'spot', 'sour', 'sweet', 'world', 'global', 'international', 'it', 'he', 'she', 'they', 'we', 'there', 'here',
  // "January crude exports", "Monday's pipeline flows": a date, not a name.
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'
]);
const OWNER = /^.*['’]s?\s+/;
const DEMONYM = /(?:ish|ian|yan|ese|can|i)$/i;

const entities = new Map<string, Entity>();

function entityFor(name: string, noun: string, kind?: EntityKind): Entity {
  const n = noun.toLowerCase().replace(/\s+/g, '');
  const label = n ? `${name.replace(/\s+/g, ' ')} ${n}` : name;
  let e = entities.get(label);
  if (!e) {
    const id = label.toLowerCase().replace(/['’]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    e = { id, label, kind: kind ?? KIND[n] ?? 'field', aliases: [] };
    // Names repeat across a batch; the bound keeps a stream of novel ones from growing memory.
    if (entities.size > 10_000) entities.clear();
    entities.set(label, e);
  }
  return e;
}

// "the port of Tobruk", "loadings at the terminals of Hariga": the noun comes first, then "of".
const NOUN_OF = /(?<noun>[Pp]orts?|[Tt]erminals?|[Oo]il\s?[Ff]ields?|[Ff]ields?|[Rr]efinery|[Rr]efineries)\s+of\s+$/;
const NAME_RUN = new RegExp(String.raw`${NAME_WORD}(?:\s+${NAME_WORD}){0,2}(?![\w'’-])`, 'y');

function namedAfterOf(text: string, at: number, end: number): Mention | null {
  // Cheap test first: "of " right before the name.
  if (at < 8 || text.charCodeAt(at - 1) !== 32 || text.charCodeAt(at - 2) !== 102 || text.charCodeAt(at - 3) !== 111) return null;
  const n = NOUN_OF.exec(text.slice(Math.max(0, at - 24), at));
  if (!n) return null;
  NAME_RUN.lastIndex = at;
  const r = NAME_RUN.exec(text);
  if (!r || at + r[0].length > end || !isName(r[0])) return null;
  const noun = (n.groups?.noun ?? '').toLowerCase().replace(/\s+/g, '').replace(/ies$/, 'y').replace(/s$/, '');
  const e = entityFor(r[0], noun);
  return { start: at, end: at + r[0].length, entity: e, refers: null, resolved: undefined, aside: undefined, subordinate: undefined };
}

function isName(name: string): boolean {
  const words = name.split(/\s+/);
  const first = words[0] ?? '';
  if (first.length < 2 || NOT_NAMES.has(first.toLowerCase())) return false;
  // "Monday's pipeline", "Exxon's refinery": the facility belongs to that word; it is not named.
  if (/['’]s?$/.test(words[words.length - 1] ?? '')) return false;
  if (words.length === 1 && DEMONYM.test(first)) return false;
  return !words.some((w) => NOT_NAMES.has(w.toLowerCase()) && w !== first);
}

/** A facility named at `at` (a capitalised word) that the gazetteer does not list, or null. */
export function unlistedAt(text: string, at: number, end: number): Mention | null {
  // "U.S. crude": a letter after a full stop is part of an abbreviation, not a name.
  if (at > 0 && text.charCodeAt(at - 1) === 46) return null;
  const c0 = text.charCodeAt(at);
  const n = c0 === 76 || c0 === 66 || c0 === 84 || c0 === 80 ? ((NUMBERED.lastIndex = at), NUMBERED.exec(text)) : null;
  if (n && at + n[0].length <= end) {
    const noun = n.groups?.noun ?? '';
    const label = `${noun} ${n.groups?.name ?? ''}`;
    const e = entityFor(label, '', KIND[noun.toLowerCase()] ?? 'field');
    return { start: at, end: at + n[0].length, entity: e, refers: null, resolved: undefined, aside: undefined, subordinate: undefined };
  }
  // "… of Tobruk": only after "of " (two character tests here, the rest in namedAfterOf).
  // (at >= 3: a read before the text's start deoptimised this function once per run.)
  if (at >= 3 && text.charCodeAt(at - 2) === 102 && text.charCodeAt(at - 3) === 111) {
    const after = namedAfterOf(text, at, end);
    if (after) return after;
  }
  // Most capitalised words ("Iraq said", "In March") name nothing; a scan of the words after
  // this one rules them out without running three patterns with named groups.
  if (!mayName(text, at)) return null;
  for (const re of NAME_PATTERNS) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m || at + m[0].length > end) continue;
    let name = m.groups?.name ?? '';
    // "Canada's Keystone pipeline": the owner is not part of the name.
    const owner = OWNER.exec(name);
    const from = owner ? at + owner[0].length : at;
    if (owner) name = name.slice(owner[0].length);
    if (!isName(name)) continue;
    const e = entityFor(name, m.groups?.noun ?? '');
    // A later "the CPC line" is the same facility, not a new one.
    const acr = m.groups?.acr;
    if (acr) entities.set(`${acr} ${(m.groups?.noun ?? '').toLowerCase().replace(/\s+/g, '')}`, e);
    // The mention spans the words that name it; an apposition's description stays free text.
    const stop = re !== APPOSED ? at + m[0].length : from + name.length;
    return { start: from, end: stop, entity: e, refers: null, resolved: undefined, aside: undefined, subordinate: undefined };
  }
  return null;
}
