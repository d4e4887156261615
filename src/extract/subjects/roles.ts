// Names that stand in a sentence without being what it is about: the owner of another named
// thing ("Turkey's Ceyhan") or of a trading role ("India's biggest supplier"), the ends of a route ("the pipeline from Sharara to Zawiya"), a
// country that receives or carries the oil ("at Indian ports", "through Turkey"), and, for a
// reference back from a later sentence, names inside a subordinate clause ("…, while northern
// shipments remained suspended"). Each costs a name some priority; none removes it, so a
// sentence that names nothing else still has it.
import type { ExtractContext } from '../base/context';
import type { Mention } from './mentions';
import { WordTable } from '../base/word-table';

/** In priority points (see priority.ts): enough to lose to any name that fits the unit. */
export const SIDELINED = 5;

/** How far `m` (the i-th mention of its sentence) stands aside from the sentence's subject. */
export function sidelined(ctx: ExtractContext, ms: readonly Mention[], i: number): number {
  const m = ms[i] as Mention;
  // Kept on the mention: it is asked for every figure of the sentence.
  if (m.aside === undefined) {
    const prev = previousWord(ctx.text, m.start);
    m.aside = ownerOfNext(ctx.text, m, ms[i + 1]) || ownerOfRole(ctx.text, m) || (prev & P_ROUTE && endpoint(ctx.text, m)) || (prev & P_TOWARD && m.entity?.kind === 'country') || prev & P_PAY || inFrontedPhrase(ctx, m) || qualifiesOther(ctx.text, m) || memberBeforeName(ctx.text, m) ? SIDELINED : 0;
  }
  return m.aside;
}

/** "to Asia", "into Europe", "through Hormuz": a place the oil goes to or passes. */
export function destination(text: string, m: Mention): boolean {
  return (previousWord(text, m.start) & P_TOWARD) !== 0;
}

/** What the word before `pos` is (P_ROUTE, P_TOWARD, P_PAY bits), skipping one "the" ("to the Ras Lanuf" → "to"). */
function previousWord(text: string, pos: number): number {
  // Read in place through a word table: this runs once per mention, and a slice plus a
  // lower-cased copy per mention showed up as garbage in the bench.
  for (let k = 0; k < 2; k++) {
    let i = pos - 1;
    while (i >= 0 && text.charCodeAt(i) === 32) i--;
    const end = i + 1;
    while (i >= 0 && (text.charCodeAt(i) | 32) >= 97 && (text.charCodeAt(i) | 32) <= 122) i--;
    const bits = PREVIOUS.get(text, i + 1, end) ?? 0;
    if (!(bits & P_THE)) return bits;
    pos = i + 1;
  }
  return 0;
}

// Things that stand somewhere: their owner's name locates them ("Iraq's OPEC ceiling" is Iraq's).
const PLACED = new Set(['pipeline', 'field', 'fieldgroup', 'port', 'refinery', 'place']);

/** "Turkey's Ceyhan", "Libya's Sharara field": the possessor only locates the next name. */
function ownerOfNext(text: string, m: Mention, next: Mention | undefined): boolean {
  // A facility owns no other facility: in "a line to Turkey's Ceyhan terminal" an alias of the
  // line may end in the possessor; only the terminal is located by it.
  if (!next?.entity || !m.entity || PLACED.has(m.entity.kind) || next.start - m.end > 4 || !PLACED.has(next.entity.kind)) return false;
  const c = text.charCodeAt(m.end);
  return (c === 39 || c === 0x2019) && /^['’]s?\s+$/.test(text.slice(m.end, next.start));
}

// "Russia remained India's biggest supplier, shipping …": the possessor of a trading role names
// the other side of the trade; the figure is the supplier's.
const ROLE = /^['’]s?\s+(?:[\w-]+\s+){0,3}?(?:suppliers?|buyers?|customers?|clients?|importers?|exporters?|producers?|partners?|rivals?|competitors?|neighbou?rs?|ally|allies)\b/i;

function ownerOfRole(text: string, m: Mention): boolean {
  const c = text.charCodeAt(m.end);
  return (c === 39 || c === 0x2019) && ROLE.test(text.slice(m.end, m.end + 50));
}

// "the pipeline from Sharara to Zawiya", "a line between Kirkuk and Ceyhan", "the route to Basra".
const ROUTE = /\b(?:pipelines?|lines?|route|link|trunkline)\s+(?:running\s+|that\s+runs\s+)?(?:from|to|between|linking|connecting)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:(?:to|and)\s+(?:the\s+)?)?$/;

// The words an end of a route follows; only after one of them is the route pattern tried.
const ROUTE_WORDS = ['from', 'to', 'between', 'and', 'linking', 'connecting'];

function endpoint(text: string, m: Mention): boolean {
  return ROUTE.test(text.slice(Math.max(0, m.start - 60), m.start));
}

// "ordered Ankara to pay Iraq $1.5 billion", "still owes traders $1.5 billion": the name right
// after a paying verb receives the money; the payer, named before the verb, is the subject.
const PAY_WORDS = ['pay', 'pays', 'paid', 'paying', 'owe', 'owes', 'owed', 'owing', 'lend', 'lends', 'lent', 'give', 'gives', 'gave', 'hand', 'handed', 'compensate', 'compensated'];

// A country after "at", "to", "into", "through", "via": where the oil goes or passes, not whose it is.
const TOWARD_WORDS = ['at', 'to', 'into', 'toward', 'towards', 'through', 'via', 'across'];

// The previous word's roles, as bits in one table.
const P_ROUTE = 1;
const P_TOWARD = 2;
const P_PAY = 4;
const P_THE = 8;
const PREVIOUS = new WordTable<number>();
for (const [words, bit] of [[ROUTE_WORDS, P_ROUTE], [TOWARD_WORDS, P_TOWARD], [PAY_WORDS, P_PAY], [['the'], P_THE]] as const) {
  for (const w of words) PREVIOUS.set(w, (PREVIOUS.get(w, 0, w.length) ?? 0) | bit);
}

// A subordinate clause opened after the sentence's first word; a clause it opens at the start
// ("When Turkey closed the line, Iraq …") ends at the first comma and is not looked for here.
// "as" only after a comma (", as the discount widened"): alone it is mostly "as much as", "such as".
const SUBORDINATE = /\s(?:while|whereas|although|though|since|because|after|until|unless|when)\s|,\s+as\s/;
/** Whether `m` stands inside a subordinate clause of its sentence (for references from later sentences). */
export function inSubordinate(ctx: ExtractContext, sentence: number, m: Mention): boolean {
  if (m.subordinate === undefined) {
    // Once per sentence, for all its mentions: kept on them like `aside`.
    const s = ctx.sentences[sentence];
    let from = Infinity;
    if (s) {
      // Sentences are short; a run-on one is cut where no clause would still be read.
      const r = SUBORDINATE.exec(ctx.text.slice(s.start, Math.min(s.end, s.start + 1000)));
      if (r) from = s.start + r.index;
    }
    for (const n of ctx.mentions(sentence)) n.subordinate = n.start > from;
    m.subordinate ??= m.start > from;
  }
  return m.subordinate;
}

// "Among the non-OPEC allies in the wider OPEC+ alliance, Kazakhstan produced 1.58mn b/d", "Under
// the OPEC+ pact, Iraq is supposed to hold …": a phrase fronted before the main clause sets the
// scene; the main clause's name is the subject. (Not "In Iraq, …", which often names it.)
const FRONTED = /^\s*["“]?(?:Among|Of|Unlike|Like|Besides|Apart\s+from|Outside|Within|Under|Beyond|Excluding|Including|Despite)\b[^,;]*$/;

function inFrontedPhrase(ctx: ExtractContext, m: Mention): boolean {
  const s = ctx.sentences[ctx.sentenceAt(m.start)];
  if (!s || m.start - s.start > 120) return false;
  // The main clause follows a comma within the sentence (looked for there only, not to the text's end).
  return FRONTED.test(ctx.text.slice(s.start, m.start)) && ctx.text.slice(m.end, s.end).includes(',');
}

// "OPEC member Algeria", "OPEC members Iraq and Kuwait": the group only introduces the member
// named next, whose figure it is.
const MEMBER_NAMED = /^\+?\s+members?\s+(?:(?:countries|states|nations)\s+)?[A-Z]/;

function memberBeforeName(text: string, m: Mention): boolean {
  return m.entity?.kind === 'org' && MEMBER_NAMED.test(text.slice(m.end, m.end + 30));
}

// "the U.S. dollar", "South Korean contractors", "Chinese buyers": a country's name or adjective
// that only qualifies a currency or the people doing business is not what the figure is about.
const QUALIFIED = /^(?:n|ns|an|ans|ese|i|ish)?\s+(?:dollars?|currency|contractors?|firms?|companies|company|consortium|engineers|workers|banks?|lenders?|investors?|buyers?|sellers?|traders?|refiners?|officials?|diplomats?|troops|forces|partners?|media|press|drones?|attacks?|strikes?|missiles?|militants?|rebels?|army|military|navy)\b/i;

export function qualifiesOther(text: string, m: Mention): boolean {
  return m.entity?.kind === 'country' && QUALIFIED.test(text.slice(m.end, m.end + 16));
}
