// Lower-case words looked up straight from a stretch of the text, ignoring ASCII case, without
// slicing or lower-casing it first: the mention scan asks about nearly every word it reads, and a
// fresh string per word (plus hashing it for a Map) cost more than the rest of the scan.

// Words are filed by length and first letter, so most misses cost two array reads and no loop.
const MAX_LENGTH = 63;
const slotOf = (length: number, first: number): number => (length << 7) | (first & 127);

interface Slot<V> {
  word: string;
  value: V;
}

// Folds A-Z onto a-z; digits and "-" already have that bit set, so they stay as they are.
const fold = (c: number): number => c | 32;

export class WordTable<V> {
  private readonly slots: (Slot<V>[] | undefined)[] = new Array((MAX_LENGTH + 1) << 7);

  /** `word` must be lower-case ASCII letters, digits or "-". */
  set(word: string, value: V): void {
    if (word.length === 0 || word.length > MAX_LENGTH) throw new Error(`WordTable: "${word}" is empty or longer than ${MAX_LENGTH} letters`);
    const list = (this.slots[slotOf(word.length, word.charCodeAt(0))] ??= []);
    const slot = list.find((s) => s.word === word);
    if (slot) slot.value = value;
    else list.push({ word, value });
  }

  /** The value for text[from, to), compared without regard to ASCII case (the text holds letters, digits and "-" there). */
  get(text: string, from: number, to: number): V | undefined {
    const n = to - from;
    if (n <= 0 || n > MAX_LENGTH) return undefined;
    const list = this.slots[slotOf(n, fold(text.charCodeAt(from)))];
    if (!list) return undefined;
    for (const s of list) {
      let k = 1;
      while (k < n && fold(text.charCodeAt(from + k)) === s.word.charCodeAt(k)) k++;
      if (k === n) return s.value;
    }
    return undefined;
  }
}
