// Named capture groups without their cost. V8 builds a `groups` object holding every name on each
// match (the time-words pattern has about eighty); the rules read a handful. Compiling the same
// pattern without names and building an object of only the groups that took part matches the
// same text and reads the same (a missing group is undefined either way), several times cheaper.

export interface Grouped {
  /** The pattern with `(?<name>` turned into plain `(`: same captures, same numbering. */
  re: RegExp;
  /** Capture number → name (undefined for unnamed captures). */
  names: (string | undefined)[];
}

export function withoutNames(source: string, flags: string): Grouped {
  const names: (string | undefined)[] = [undefined];
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') {
      if (source[i + 1] !== '?') names.push(undefined);
      else if (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') {
        const close = source.indexOf('>', i + 3);
        names.push(source.slice(i + 3, close));
        out += '(';
        i = close;
        continue;
      }
    }
    out += c;
  }
  return { re: new RegExp(out, flags), names };
}

/** The named groups that took part in a match of `withoutNames(…).re`, like `match.groups`. */
export function groupsOf(m: RegExpExecArray, names: readonly (string | undefined)[]): Record<string, string | undefined> {
  const g: Record<string, string | undefined> = {};
  for (let i = 1; i < m.length; i++) {
    const v = m[i];
    if (v === undefined) continue;
    const name = names[i];
    if (name !== undefined) g[name] = v;
  }
  return g;
}
