// Reading numbers as written in news copy: "300,000", "185 000", "3.76", "two hundred thousand",
// "half a million".
import { isRegexSpace } from './clauses';

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const MAGNITUDE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

const WORD = `(?:${[...Object.keys(SMALL), 'hundred', ...Object.keys(MAGNITUDE)].join('|')})`;

/** Digits with comma or (no-break/thin) space thousands separators, or plain decimals. */
export const DIGIT_NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3}(?![\d]))+(?:\.\d+)?|\d+(?:\.\d+)?`;

/** Spelled-out numbers ("two hundred thousand", "half a million", "a million"). */
export const WORD_NUMBER = String.raw`\b(?:half\s+an?\s+|an?\s+(?=(?:hundred|thousand|million|billion)\b))?${WORD}(?:(?:\s+and\s+|[\s-]+)${WORD})*\b`;

export function parseDigits(s: string): number {
  // Most numbers have no separators: read them without building a new string. The rest drop
  // their separators (commas and spaces) piece by piece, not through a global regex replace,
  // which showed up on its own in profiles: every "300,000" in the text goes through here.
  let kept = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 46) continue;
    if (c === 44 || isRegexSpace(c)) {
      kept += s.slice(from, i);
      from = i + 1;
    }
  }
  return Number(from === 0 ? s : kept + s.slice(from));
}

/** Value of a spelled-out number, or NaN when the words do not form one. */
export function parseWords(s: string): number {
  const words = s.toLowerCase().split(/[\s-]+/).filter((w) => w && w !== 'and');
  let factor = 1;
  if (words[0] === 'half') {
    factor = 0.5;
    words.shift();
  }
  if (words[0] === 'a' || words[0] === 'an') {
    words.shift();
    if (!words.length) return NaN;
    words.unshift('one');
  }
  let total = 0;
  let current = 0;
  for (const w of words) {
    const small = SMALL[w];
    if (small !== undefined) current += small;
    else if (w === 'hundred') current = (current || 1) * 100;
    else {
      const mag = MAGNITUDE[w];
      if (mag === undefined) return NaN;
      total += (current || 1) * mag;
      current = 0;
    }
  }
  return (total + current) * factor;
}
