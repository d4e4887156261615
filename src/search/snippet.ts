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

/** The sentence of the snippet that holds its first match, with that sentence's marks. */
export function matchingSentence(snippet: string): MarkedText {
  const whole = unmark(snippet);
  const first = whole.marks[0];
  if (!first) return whole;
  let start = 0;
  let end = whole.text.length;
  for (const m of whole.text.matchAll(SENTENCE_END)) {
    const after = m.index + m[0].length;
    if (after <= first[0]) start = after;
    else if (m.index >= first[1]) {
      end = m.index + m[0].trimEnd().length;
      break;
    }
  }
  const text = whole.text.slice(start, end).trim();
  const lead = whole.text.slice(start, end).length - whole.text.slice(start, end).trimStart().length;
  const marks = whole.marks
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]): [number, number] => [s - start - lead, e - start - lead]);
  return { text, marks };
}
