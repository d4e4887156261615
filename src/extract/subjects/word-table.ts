// Lower-case words looked up straight from a stretch of the text, ignoring ASCII case, without
// slicing or lower-casing it first: the mention scan asks about nearly every word it reads, and a
// fresh string per word (plus hashing it for a Map) cost more than the rest of the scan.

const SIZE = 1024;

interface Slot<V> {
  word: string;
  value: V;
}

// Folds A-Z onto a-z; digits and "-" already have that bit set, so they stay as they are.
const fold = (c: number): number => c | 32;

function hashOf(text: string, from: number, to: number): number {
  let h = to - from;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + fold(text.charCodeAt(i))) | 0;
  return h & (SIZE - 1);
}

export class WordTable<V> {
  private readonly slots: (Slot<V>[] | undefined)[] = new Array(SIZE);

  /** `word` must be lower case. */
  set(word: string, value: V): void {
    const h = hashOf(word, 0, word.length);
    const list = (this.slots[h] ??= []);
    const slot = list.find((s) => s.word === word);
    if (slot) slot.value = value;
    else list.push({ word, value });
  }

  /** The value for text[from, to), compared without regard to ASCII case (the text holds letters, digits and "-" there). */
  get(text: string, from: number, to: number): V | undefined {
    const list = this.slots[hashOf(text, from, to)];
    if (!list) return undefined;
    const n = to - from;
    for (const s of list) {
      if (s.word.length !== n) continue;
      let k = 0;
      while (k < n && fold(text.charCodeAt(from + k)) === s.word.charCodeAt(k)) k++;
      if (k === n) return s.value;
    }
    return undefined;
  }
}
