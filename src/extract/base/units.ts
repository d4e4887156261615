// Units as written → canonical units with the multiplier they imply ("550 kb/d" → 550 × 1e3 bbl/d).
// Read with sticky regexes at the number's end, so no rule rescans the text.
import type { Unit } from '../types';
import { withoutNames } from './named-groups';

export interface UnitReading {
  unit: Unit | null;
  /** Multiplier from scale words and unit prefixes ("million", "k", "mb/d", "cents"). */
  mult: number;
  /** Where the figure's text ends. */
  end: number;
  tags: string[];
}

// Scale words: spelled out with a space, or short forms glued to the digits ("$25m", "600k", "1.5bn").
// A hyphen may join a spelled-out scale in an adjective ("a 1-million-barrel-a-day field").
const SCALE = /(?:(?:[ \t\u00a0\u202f]*|-)(thousand|million|billion|trillion|mln|mil|mn|bln|bn|tn|trn)\b|(m|k|bn|b)(?![A-Za-z0-9]))/iy;
const SCALE_MULT: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mln: 1e6, mil: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bln: 1e9, bn: 1e9, b: 1e9,
  trillion: 1e12, tn: 1e12, trn: 1e12,
};

// Flow and volume units. Order matters: the per-day forms before plain "barrels".
// "bl" is the trade press's barrel (Argus: "9mn bl", "$104.80/bl").
const BARRELS = String.raw`(?:barrels?|bbls?|bl)(?:\s+of\s+(?:(?:crude\s+)?oil(?:\s+equivalent)?|crude))?`;
// "barrel-a-day" as an adjective takes hyphens where the noun takes spaces.
const PER_DAY = String.raw`(?:[\s-]*(?:a|per|each|every)[\s-]+day\b|\s*\/\s*d(?:ay)?\b|\s+daily\b)`;
// A per-day rate whose barrels are named at more length ("barrels of crude oil production per
// day", "barrels of Canadian crude per day"): up to four plain words between, no punctuation, so
// "barrels of oil, a day after …" stays barrels.
const BARRELS_OF_WORDS_PER_DAY = String.raw`(?:barrels?|bbls?)\s+of\s+(?:[A-Za-z]+\s+){0,3}[A-Za-z]+(?:\s+(?:a|per|each|every)\s+day\b|\s+daily\b)`;
// Named for reading, matched without names (see named-groups.ts): it runs once per number.
const { re: FLOW, names: FLOW_NAMES } = withoutNames(
  // A hyphen joins a unit used as an adjective: "a 14,000-barrel spill", "the 500,000-bpd cut".
  String.raw`(?:\s*|-)(?:` +
    String.raw`(?<mmb>mmbpd|mmb\/d|mmbd)\b|` +
    String.raw`(?<mb>mb\/d|mbpd|mbd)\b|` +
    // "tb/d" is the trade press's thousand barrels a day (not "tbd", which is "to be decided").
    String.raw`(?<kb>kb\/d|kbpd|kbd|tb\/d|tbpd)\b|` +
    String.raw`(?<bpd>bpd|b\/d|bbl\/d|bbls\/d|bl\/d|bopd|bbl\/day)\b|` +
    String.raw`(?<bd>${BARRELS}${PER_DAY}|${BARRELS_OF_WORDS_PER_DAY})|` +
    String.raw`(?<bbl>${BARRELS})\b|` +
    String.raw`(?<pct>%|percent\b|per\s?cent\b|pct\b|pc\b|percentage\s+points?\b)|` +
    String.raw`(?<usd>(?:US\s+|U\.S\.\s+)?dollars?\b|USD\b)|` +
    String.raw`(?<cents>(?:US\s+)?cents?\b|¢)|` +
    String.raw`(?<iqd>(?:Iraqi\s+)?dinars?\b|IQD\b)` +
    String.raw`)`,
  'iy',
);
const PER_BARREL = /\s*(?:a|per|\/|each)\s*(?:barrel|bbl|bl)\b/iy;
// The letters must start a word: "minus $37" is not "US $37".
const CURRENCY_BEFORE = /(?:(?<![A-Za-z])US\s?\$|U\.S\.\s?\$|\$|(?<![A-Za-z])USD\s?|(?<![A-Za-z])IQD\s?)\s?$/i;

/** Currency written before the number ("$", "US$", "USD ", "IQD "): its unit and start. */
export function readPrefix(text: string, numStart: number): { unit: Unit; start: number; tag: string } | null {
  // Only "$" or the letters of USD/IQD can sit right before (or one space before) the number.
  // Read inside the text only: a number at its very start read before it (NaN), which threw the
  // compiled parser back to the interpreter once per run, to be compiled again.
  if (numStart < 1) return null;
  const c1 = text.charCodeAt(numStart - 1);
  const c = c1 === 32 || c1 === 0xa0 ? (numStart >= 2 ? text.charCodeAt(numStart - 2) : -1) : c1;
  if (c !== 36 && c !== 68) return null;
  const before = text.slice(Math.max(0, numStart - 6), numStart);
  const m = CURRENCY_BEFORE.exec(before);
  if (!m) return null;
  const start = numStart - m[0].length;
  return /IQD/i.test(m[0]) ? { unit: 'IQD', start, tag: 'unit:iqd' } : { unit: 'USD', start, tag: 'unit:usd' };
}

/** Scale word and unit after a number ending at `pos`; `prefix` is a currency already seen before it. */
// First characters a scale word or unit can start with (after spaces): m k b t % p u d c i / and
// their capitals, and a hyphen. Anything else ends the figure at the number, without running the patterns.
// A hyphen starts one too: "a 14,000-barrel spill".
const UNIT_START = new Set([...'mkbt%pudcisyMKBTPUDCISY¢-'].map((c) => c.charCodeAt(0)));

// Most numbers have no unit; they share one empty, frozen tag list instead of each allocating one.
const NO_TAGS: string[] = Object.freeze([]) as unknown as string[];

export function readSuffix(text: string, pos: number, prefix: Unit | null): UnitReading {
  let i = pos;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0)) i++;
  if (!UNIT_START.has(text.charCodeAt(i))) {
    return prefix === 'USD' ? perBarrel(text, pos, 1, NO_TAGS) : { unit: prefix, mult: 1, end: pos, tags: NO_TAGS };
  }
  // Most words here are not units ("people", "to", "in"): tag lists are built only once a scale
  // or unit is read, at their final length.
  let scaleTag: string | null = null;
  let mult = 1;
  let end = pos;
  SCALE.lastIndex = pos;
  const s = SCALE.exec(text);
  const scaleWord = s ? (s[1] ?? s[2] ?? '').toLowerCase() : '';
  // A bare "m"/"b" glued to digits is a scale only next to money ("$25m") or before a barrel unit
  // ("2.3m b/d", "1.5m barrels"), never "10m" of road.
  // Platts' "mil" ("1.2 mil b/d") is read the same way: "5 mil" alone is a thickness.
  if (s && scaleWord && (!/^(m|b|mil)$/.test(scaleWord) || prefix || barrelsAfter(text, pos + s[0].length))) {
    mult = SCALE_MULT[scaleWord] ?? 1;
    end = pos + s[0].length;
    scaleTag = `scale:${scaleWord}`;
  }
  let unit: Unit | null = prefix;
  let tags: string[] = scaleTag === null ? NO_TAGS : [scaleTag];
  if (!prefix || prefix === 'USD') {
    FLOW.lastIndex = end;
    const u = FLOW.exec(text);
    if (u) {
      // One alternative of FLOW matched, so exactly one of its named groups took part.
      const group = firstGroup(u);
      const name = FLOW_NAMES[group];
      const word = u[group] as string;
      const after = end + u[0].length;
      if (!prefix) {
        switch (name) {
          case 'mmb':
          case 'mb':
            return { unit: 'bbl/d', mult: mult * 1e6, end: after, tags: tagsOf(scaleTag, `unit:${word}`) };
          case 'kb':
            return { unit: 'bbl/d', mult: mult * 1e3, end: after, tags: tagsOf(scaleTag, `unit:${word}`) };
          case 'bpd':
            return { unit: 'bbl/d', mult, end: after, tags: tagsOf(scaleTag, `unit:${word.toLowerCase()}`) };
          case 'bd':
            return { unit: 'bbl/d', mult, end: after, tags: tagsOf(scaleTag, 'unit:barrels-per-day') };
          case 'bbl':
            return { unit: 'bbl', mult, end: after, tags: tagsOf(scaleTag, 'unit:barrels') };
          case 'pct':
            return { unit: '%', mult, end: after, tags: tagsOf(scaleTag, 'unit:percent') };
          case 'iqd':
            return { unit: 'IQD', mult, end: after, tags: tagsOf(scaleTag, 'unit:dinars') };
          case 'usd':
            unit = 'USD';
            end = after;
            tags = tagsOf(scaleTag, 'unit:dollars');
            break;
          case 'cents':
            unit = 'USD';
            mult *= 0.01;
            end = after;
            tags = tagsOf(scaleTag, 'unit:cents');
            break;
        }
      }
    }
  }
  if (unit === 'USD') return perBarrel(text, end, mult, tags);
  return { unit, mult, end, tags };
}

// Cheap look at the words after a glued "m": a barrel unit starts with "b" (bpd, b/d, barrels, bbl).
const BARREL_UNIT = /\s*(?:bpd|b\/d|bbl|barrels?)\b/y;
function barrelsAfter(text: string, pos: number): boolean {
  BARREL_UNIT.lastIndex = pos;
  return BARREL_UNIT.test(text);
}

const tagsOf = (scaleTag: string | null, unitTag: string): string[] => (scaleTag === null ? [unitTag] : [scaleTag, unitTag]);

/** Index of the first capture group that took part in a match. */
function firstGroup(m: RegExpExecArray): number {
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return i;
  return 0;
}

function perBarrel(text: string, end: number, mult: number, tags: string[]): UnitReading {
  PER_BARREL.lastIndex = end;
  const pb = PER_BARREL.exec(text);
  if (pb) return { unit: 'USD/bbl', mult, end: end + pb[0].length, tags: [...tags, 'unit:per-barrel'] };
  return { unit: 'USD', mult, end, tags };
}
