// Shared pieces of the benchmark corpora: an article as the benches see it, and a small seeded
// PRNG so every run measures the same text.

export interface Article {
  published: string;
  text: string;
}

/** mulberry32: small, fast and good enough to vary a corpus reproducibly (the tests reuse it). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
