// The last word before a position, found by scanning back over characters. Rules whose patterns
// must end right before a number check it first: most numbers are preceded by some other word,
// and a set lookup is far cheaper than trying an end-anchored pattern at every position.

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Lower-cased last word of `text` before `end` (skipping spaces and one trailing period), reading
 * nothing before `floor`: the same as calling it on `text.slice(floor, end)`, without the slice.
 */
export function lastWordBefore(text: string, end: number, floor = 0): string {
  let e = end;
  while (e > floor && text.charCodeAt(e - 1) <= 32) e--;
  if (e > floor && text.charCodeAt(e - 1) === 46) e--;
  let s = e;
  while (s > floor && isLetter(text.charCodeAt(s - 1))) s--;
  return e - s > 14 ? '' : text.slice(s, e).toLowerCase();
}
