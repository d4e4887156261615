// WordTable (src/extract/base/word-table.ts): the word lookups of the mention scan, the subject
// roles and the measure features read words in place through it, so it must find exactly the
// words filed, in any ASCII case, and nothing else.
import { describe, expect, it } from 'vitest';
import { WordTable } from '../../src/extract/base/word-table';

describe('WordTable', () => {
  it('finds every word filed, in any case, among thousands, and no near miss', () => {
    const table = new WordTable<number>();
    const words: string[] = [];
    for (let i = 0; i < 3000; i++) words.push(`w${i.toString(36)}-x${i % 7}`);
    words.forEach((w, i) => table.set(w, i));
    words.forEach((w, i) => {
      const text = `(${w.toUpperCase()}) ${w}`;
      expect(table.get(text, 1, 1 + w.length)).toBe(i);
      expect(table.get(text, w.length + 3, 2 * w.length + 3)).toBe(i);
      expect(table.get(text, 1, w.length)).toBe(words.indexOf(w.slice(0, -1)) === -1 ? undefined : words.indexOf(w.slice(0, -1)));
    });
    expect(table.get('nothing here', 0, 7)).toBeUndefined();
    expect(table.get('w0-x0', 0, 0)).toBeUndefined();
  });

  it('keeps the last value filed for a word, and refuses what it cannot hold', () => {
    const table = new WordTable<string>();
    table.set('pipeline', 'first');
    table.set('pipeline', 'second');
    expect(table.get('The Pipeline', 4, 12)).toBe('second');
    // Only ASCII case folds: a letter with an accent is not the letter.
    table.set('cafe', 'word');
    expect(table.get('CAFE', 0, 4)).toBe('word');
    expect(table.get('CAFÉ', 0, 4)).toBeUndefined();
    expect(() => table.set('', 'x')).toThrow(/empty/);
    expect(() => table.set('a'.repeat(64), 'x')).toThrow(/longer than 63/);
  });
});
