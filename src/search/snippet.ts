// FTS5's snippet() marks matches with control characters we choose (never in stored text: the
// input checks refuse control characters), and gives a window of tokens around the best match.
// Here that window becomes the sentence holding the first match, with the marks as offsets, so
// the client can mark them without ever parsing HTML out of an article.

export const MARK_OPEN = '\u0002';
export const MARK_CLOSE = '\u0003';
export const ELLIPSIS = '…';

export interface MarkedText {
  text: string;
  /** [start, end) UTF-16 offsets into text of each match. */
  marks: [number, number][];
}

/** Splits a marked snippet into plain text and mark offsets. */
export function unmark(snippet: string): MarkedText {
  let text = '';
  const marks: [number, number][] = [];
  let open = -1;
  for (const ch of snippet) {
    if (ch === MARK_OPEN) open = text.length;
    else if (ch === MARK_CLOSE) {
      if (open >= 0) marks.push([open, text.length]);
      open = -1;
    } else text += ch;
  }
  return { text, marks };
}

// A sentence ends at . ! or ? followed by a space and a capital, digit or quote, or at a line
// break; "U.S." and "3.5" stay inside a sentence.
const SENTENCE_END = /[.!?]["'”’)]?\s+(?=["'“‘(]?[\p{Lu}\p{N}])|\n+/gu;

/**
 * The sentence of the snippet that holds the most distinct matched words (the first such on a
 * tie), with that sentence's marks: snippet() picks a window, and a window may hold one word of
 * the query in a neighbouring sentence ("tanker tracking data") before the sentence that has them
 * all ("tankers were waiting to berth").
 */
export function matchingSentence(snippet: string): MarkedText {
  const whole = unmark(snippet);
  if (!whole.marks.length) return whole;
  const bounds: [number, number][] = [];
  let start = 0;
  for (const m of whole.text.matchAll(SENTENCE_END)) {
    bounds.push([start, m.index + m[0].trimEnd().length]);
    start = m.index + m[0].length;
  }
  bounds.push([start, whole.text.length]);
  let best: MarkedText = whole;
  let bestWords = 0;
  for (const [from, to] of bounds) {
    const raw = whole.text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const marks = whole.marks.filter(([s, e]) => s >= from && e <= to).map(([s, e]): [number, number] => [s - from - lead, e - from - lead]);
    const text = raw.trim();
    const words = new Set(marks.map(([s, e]) => text.slice(s, e).toLowerCase())).size;
    if (words > bestWords) {
      best = { text, marks };
      bestWords = words;
    }
  }
  return best;
}

/**
 * The whole sentence of `text` (the document) that the snippet's best sentence comes from: a
 * snippet is a window of tokens and may cut its sentence at either end (marked with …). Falls
 * back to the snippet's own sentence if it cannot be found in the text.
 */
export function sentenceIn(text: string, snippet: string): MarkedText {
  const best = matchingSentence(snippet);
  let core = best.text;
  let cut = 0;
  if (core.startsWith(ELLIPSIS)) {
    cut = ELLIPSIS.length;
    core = core.slice(cut);
  }
  if (core.endsWith(ELLIPSIS)) core = core.slice(0, -ELLIPSIS.length);
  const at = text.indexOf(core);
  if (at < 0 || !core) return best;
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(SENTENCE_END)) {
    const after = m.index + m[0].length;
    if (after <= at) start = after;
    else if (m.index >= at + core.length - 1) {
      end = m.index + m[0].trimEnd().length;
      break;
    }
  }
  const shift = at - start - cut;
  return { text: text.slice(start, end), marks: best.marks.map(([s, e]): [number, number] => [s + shift, e + shift]) };
}
