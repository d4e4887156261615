// The check the time pattern runs before its alternatives: the phrases' `opens` joined into one
// regex (its source, for a lookahead). Trying each of nearly forty alternatives at every word is
// slow; one test of the word's first letter, then of the few openers under it, turns most words
// away. Openers the phrases share ("the\s+(?:week)", "the\s+(?:first|second)") are merged, so a
// common word is read once rather than once per phrase that may open with it.
import type { TimePhrase } from './phrase';

export interface Opening {
  /** Alternatives grouped by first letter ("b(?:efore…|y\s+(?:…))|…|\d…"). */
  source: string;
  /** A character class of every first letter and the digits. */
  first: string;
}

export function opening(phrases: readonly TimePhrase[]): Opening {
  const opens = merge(phrases.flatMap((p) => p.opens));
  for (const o of opens) {
    if (!/^(?:[a-z0-9]|\\d)/.test(o)) throw new Error(`time phrase opener "${o}" must start with a lower-case letter, a digit or \\d (openers are grouped by their first character): write out the word it begins with, e.g. "the\\s+(?:week)" rather than "(?:the)\\s+week"`);
  }
  const byFirst = new Map<string, string[]>();
  for (const o of opens) if (!opensWithDigit(o)) byFirst.set(o.charAt(0), [...(byFirst.get(o.charAt(0)) ?? []), o.slice(1)]);
  return {
    source: [...[...byFirst].map(([first, rests]) => `${first}(?:${rests.join('|')})`), opens.filter(opensWithDigit).join('|')].join('|'),
    first: `[${[...byFirst.keys()].join('')}0-9]`,
  };
}

const opensWithDigit = (o: string): boolean => /^(?:[0-9]|\\d)/.test(o);

// "word\s+(?:a|b)": a word, then what may follow it, as one group closing at the end.
const WORD_BEFORE = /^([a-z]+)\\s\+\(\?:(.*)\)$/;

/** The openers without repeats, those of the form "word\s+(?:…)" joined per word. */
function merge(opens: readonly string[]): string[] {
  const out: string[] = [];
  const after = new Map<string, Set<string>>();
  for (const o of opens) {
    const m = WORD_BEFORE.exec(o);
    const alternatives = m ? topLevel(m[2] as string) : null;
    if (!m || !alternatives) {
      if (!out.includes(o)) out.push(o);
      continue;
    }
    const word = m[1] as string;
    let set = after.get(word);
    if (!set) {
      set = new Set();
      after.set(word, set);
      out.push(word); // its place in the list, filled in below
    }
    for (const a of alternatives) set.add(a);
  }
  return out.map((o) => {
    const set = after.get(o);
    return set ? `${o}\\s+(?:${[...set].join('|')})` : o;
  });
}

/** The top-level alternatives of a group's inside; null when its parentheses do not balance there. */
function topLevel(inside: string): string[] | null {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  let inClass = false;
  for (let i = 0; i < inside.length; i++) {
    const c = inside[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return null;
    else if (c === '|' && depth === 0) {
      parts.push(inside.slice(from, i));
      from = i + 1;
    }
  }
  if (depth !== 0) return null;
  parts.push(inside.slice(from));
  return parts;
}
