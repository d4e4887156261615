// One pass over the text that records where sentences start and end, so every rule can find
// "its" sentence by binary search instead of rescanning the document.

export interface Sentence {
  start: number;
  end: number;
}

// Words whose trailing period does not end a sentence ("Oct. 17", "Gov. Karim", "U.S. forces").
const ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mr', 'mrs', 'ms', 'dr', 'gov', 'gen', 'maj', 'lt', 'col', 'capt', 'sgt', 'sen', 'rep', 'st',
  'no', 'vs', 'inc', 'ltd', 'co', 'corp', 'approx', 'est', 'p', 'a', 'e.g', 'i.e', 'u.s', 'u.k',
  'u.n', 'a.m', 'p.m', 'mt', 'ft',
]);

// A candidate end: terminal punctuation (plus closing quotes) before whitespace, or a newline.
const BOUNDARY = /[.!?]+["'”’)\]]*(?=\s)|\r?\n/g;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  // test() rather than exec(): one boundary per ~70 characters, and a match array for each was a
  // measurable share of the extractor's garbage. The match's end is lastIndex; its start is found
  // by stepping back over the closing quotes and the run of stops.
  while (BOUNDARY.test(text)) {
    const end = BOUNDARY.lastIndex;
    if (text.charCodeAt(end - 1) !== 10) {
      let dot = end;
      while (isCloser(text.charCodeAt(dot - 1))) dot--;
      while (dot > 0 && isStop(text.charCodeAt(dot - 1))) dot--;
      if (!endsSentence(text, dot, end)) continue;
    }
    push(out, text, start, end);
    start = end;
  }
  push(out, text, start, text.length);
  return out;
}

const isStop = (c: number) => c === 46 || c === 33 || c === 63;
// The closing quotes and brackets of BOUNDARY: " ' ” ’ ) ]
const isCloser = (c: number) => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;

const isLetterOrDot = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;

function endsSentence(text: string, dot: number, after: number): boolean {
  // The next sentence starts with a capital, a digit or an opening quote.
  let i = after;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  if (i < text.length && !isSentenceStart(text.charCodeAt(i))) return false;
  if (text.charCodeAt(dot) === 46) {
    let w = dot;
    while (w > 0 && isLetterOrDot(text.charCodeAt(w - 1))) w--;
    if (dot - w <= 6) {
      const word = text.slice(w, dot).toLowerCase();
      // A lone letter is an initial ("J. Smith"), unless a slash joins it to a unit ("3.3mn b/d.").
      if ((word.length === 1 && text.charCodeAt(w - 1) !== 47) || ABBREVIATIONS.has(word)) return false;
    }
  }
  return true;
}

// A-Z 0-9 " ' “ ‘ ( [
const isSentenceStart = (c: number) =>
  (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 40 || c === 91;

function push(out: Sentence[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e });
}

/** Whitespace as the extractor sees it: includes \r, no-break spaces and the BOM, which stay in the text. */
export function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0xfeff ||
    code === 0x202f || code === 0x2009 || code === 0x2007 || code === 0x3000;
}

/** Index of the sentence holding `pos` (or the nearest one before it). */
export function sentenceAt(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sentences[mid]?.start ?? 0) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}
