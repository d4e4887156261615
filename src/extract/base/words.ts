// The last word before a position, found by scanning back over characters. Rules whose patterns
// must end right before a number check it first: most numbers are preceded by some other word,
// and a set lookup is far cheaper than trying an end-anchored pattern at every position.

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Lower-cased last word of `text` before `end` (skipping spaces and one trailing period). */
export function lastWordBefore(text: string, end: number): string {
  let e = end;
  while (e > 0 && text.charCodeAt(e - 1) <= 32) e--;
  if (text.charCodeAt(e - 1) === 46) e--;
  let s = e;
  while (s > 0 && isLetter(text.charCodeAt(s - 1))) s--;
  return e - s > 14 ? '' : text.slice(s, e).toLowerCase();
}
