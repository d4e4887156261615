// Lower-case words looked up straight from a stretch of the text, ignoring ASCII case, without
// slicing or lower-casing it first: the mention scan and the measure features ask about nearly
// every word they read, and a fresh string per word (plus hashing it for a Map) cost more than
// the rest of their work.
//
// An open-addressing hash table over the folded characters: filing words by length and first
// letter only, as this table first did, left slots of dozens of words ("export…", "produc…") to
// compare one by one, slower than the Map it replaced. That filing is kept as a filter in front
// of the hash: most words asked about are in no table, and it turns them away with one read.
// Each slot also keeps its word's full hash, and the table stays at most a quarter full: a word
// not in the table (most that pass the filter) then meets about one slot, and a slot whose hash
// differs is passed without reading its word (probing half-full slots and comparing the words
// there showed as ~2.5 % of extract()).
const MAX_LENGTH = 63;

// Folds A-Z onto a-z; digits and "-" already have that bit set, so they stay as they are.
const fold = (c: number): number => c | 32;

const EMPTY = -1;

export class WordTable<V> {
  private readonly words: string[] = [];
  private readonly values: V[] = [];
  /** Index into words/values per hash slot, EMPTY where none; kept at most a quarter full. */
  private slots = new Int32Array(64).fill(EMPTY);
  /** The hash (hashOf) of the word in each slot. */
  private hashes = new Int32Array(64);
  /** 1 where some word has that length and first letter (shapeOf). */
  private readonly shapes = new Uint8Array((MAX_LENGTH + 1) << 7);

  /** `word` must be lower-case ASCII letters, digits or "-". */
  set(word: string, value: V): void {
    if (word.length === 0 || word.length > MAX_LENGTH) throw new Error(`WordTable: "${word}" is empty or longer than ${MAX_LENGTH} letters`);
    const at = this.find(word, 0, word.length);
    if (at !== EMPTY) {
      this.values[at] = value;
      return;
    }
    this.words.push(word);
    this.values.push(value);
    this.shapes[shapeOf(word, 0, word.length)] = 1;
    if (this.words.length * 4 > this.slots.length) this.grow();
    else this.file(this.words.length - 1);
  }

  /** The value for text[from, to), compared without regard to ASCII case (the text holds letters, digits and "-" there). */
  get(text: string, from: number, to: number): V | undefined {
    const n = to - from;
    if (n <= 0 || n > MAX_LENGTH || this.shapes[shapeOf(text, from, to)] === 0) return undefined;
    const at = this.find(text, from, to);
    return at === EMPTY ? undefined : this.values[at];
  }

  private find(text: string, from: number, to: number): number {
    const mask = this.slots.length - 1;
    const n = to - from;
    const h = hashOf(text, from, to);
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const at = this.slots[i] as number;
      if (at === EMPTY) return EMPTY;
      if (this.hashes[i] !== h) continue;
      const word = this.words[at] as string;
      if (word.length !== n) continue;
      let k = 0;
      while (k < n && fold(text.charCodeAt(from + k)) === word.charCodeAt(k)) k++;
      if (k === n) return at;
    }
  }

  private file(at: number): void {
    const word = this.words[at] as string;
    const mask = this.slots.length - 1;
    const h = hashOf(word, 0, word.length);
    let i = h & mask;
    while (this.slots[i] !== EMPTY) i = (i + 1) & mask;
    this.slots[i] = at;
    this.hashes[i] = h;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    this.hashes = new Int32Array(this.slots.length);
    for (let at = 0; at < this.words.length; at++) this.file(at);
  }
}

/** A word's length and folded first character, as one index. */
const shapeOf = (text: string, from: number, to: number): number => ((to - from) << 7) | (fold(text.charCodeAt(from)) & 127);

/** FNV-1a over the folded characters, as a signed 32-bit integer (what an Int32Array holds). */
function hashOf(text: string, from: number, to: number): number {
  let h = 0x811c9dc5 | 0;
  for (let k = from; k < to; k++) h = Math.imul(h ^ fold(text.charCodeAt(k)), 0x01000193);
  return h;
}
