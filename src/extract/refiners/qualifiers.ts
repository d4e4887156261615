// Words just before a number that make it approximate or a bound: "about", "some", "nearly",
// "more than", "up to", "at least". ("as low as" names an exact low point: not approximate.)
import { tag } from '../base/candidate';
import type { Refiner } from '../base/context';
import { lastWordBefore } from '../base/words';

interface Qualifier {
  words: string;
  /** Which bound the number is, if it is one. */
  bound: 'low' | 'high' | null;
}

const QUALIFIERS: Qualifier[] = [
  { words: 'an estimated', bound: null },
  { words: 'estimated', bound: null },
  { words: 'approximately', bound: null },
  { words: 'approx\\.?', bound: null },
  { words: 'roughly', bound: null },
  { words: 'around', bound: null },
  { words: 'about', bound: null },
  { words: 'some', bound: null },
  { words: 'circa', bound: null },
  { words: 'nearly', bound: null },
  { words: 'almost', bound: null },
  { words: 'close to', bound: null },
  { words: 'near', bound: null },
  { words: 'just under', bound: null },
  { words: 'just below', bound: null },
  { words: 'just over', bound: 'low' },
  { words: 'just above', bound: 'low' },
  { words: 'more than', bound: 'low' },
  { words: 'over', bound: 'low' },
  { words: 'at least', bound: 'low' },
  { words: 'upwards of', bound: 'low' },
  { words: 'in excess of', bound: 'low' },
  { words: 'up to', bound: 'high' },
  { words: 'as much as', bound: 'high' },
  { words: 'as many as', bound: 'high' },
  { words: 'less than', bound: 'high' },
  { words: 'fewer than', bound: 'high' },
];

/** Regex source of any qualifier, for rules that must look past one ("down from about 100,000"). */
export const QUALIFIER_TAIL = `(?:${QUALIFIERS.map((q) => q.words.replace(/ /g, '\\s+')).join('|')}|~)`;

const MATCHERS = QUALIFIERS.map((q) => ({ q, re: new RegExp(`^${q.words.replace(/ /g, '\\s+')}$`, 'i') }));
/** Last words of the qualifiers ("some", "than", "least", "to", "of", "as"…). */
export const QUALIFIER_LAST = new Set(QUALIFIERS.map((q) => (q.words.split(' ').pop() ?? '').replace(/\\\.\?$/, '').toLowerCase()));
const AT_END = new RegExp(`(?:^|[^\\w])(${QUALIFIER_TAIL})\\s*$`, 'i');
// "edged up to 240,000" is a verb and its particle, not "at most".
const VERB_UP_TO = /\b(?:edged|moved|crept|climbed|rose|risen|jumped|went|gone|come|came|picked|ramped|shot|inched|ticked|been|back|built|stepped|scaled|revised|raised|increased|lifted|boosted|pushed)\s+up\s+to\s*$/i;

interface Reading {
  /** The words lower-cased, spaces collapsed ("more than"). */
  said: string;
  bound: Qualifier['bound'];
  tag: string;
}

// The same few qualifiers recur in every article; what each means (its bound and tag, found by
// trying every matcher in turn) is worked out once per spelling seen.
const READINGS_MAX = 1000;
const readings = new Map<string, Reading>();

function reading(words: string): Reading {
  let r = readings.get(words);
  if (r === undefined) {
    const said = words.toLowerCase().replace(/\s+/g, ' ');
    const q = MATCHERS.find((x) => x.re.test(said))?.q;
    r = { said, bound: q?.bound ?? null, tag: `approx:${said.replace(/\s+/g, '-').replace(/\./g, '')}` };
    if (readings.size < READINGS_MAX) readings.set(words, r);
  }
  return r;
}

export const qualifiers: Refiner = {
  name: 'qualifier',
  refine(ctx, figures) {
    for (const f of figures) {
      const last = lastWordBefore(ctx.text, f.start);
      if (!QUALIFIER_LAST.has(last) && ctx.text.charCodeAt(f.start - 1) !== 126) continue;
      const left = ctx.text.slice(Math.max(0, f.start - 30), f.start);
      const m = AT_END.exec(left);
      if (!m?.[1]) continue;
      const r = reading(m[1]);
      if (r.said === 'up to' && VERB_UP_TO.test(left)) continue;
      f.approx = true;
      if (r.bound && f.low === null && f.high === null) {
        f.bound = true;
        if (r.bound === 'low') f.low = f.value;
        else f.high = f.value;
      }
      tag(f, r.tag);
    }
    return figures;
  },
};
