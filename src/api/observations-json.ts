// Observations written as JSON by hand, byte for byte what JSON.stringify writes of them, for the
// series answer written around the points' texts (series-text.ts): JSON.stringify of ~80 small
// objects cost about a sixth of building that answer on Node 20, and writing the same keys in a
// template about half as much. The keys, their order and how each value is written follow
// src/series/observations.ts; test/api/observations-json.test.ts compares the two.
import type { Observation } from '../series/observations';

/** Every key of an Observation, in the order observe() creates them (which JSON.stringify follows). */
const KEYS = ['id', 'series', 'kind', 'value', 'low', 'high', 'asOf', 'asOfTo', 'days', 'figures', 'documents', 'disagrees'] as const;
// A key added to Observation and not written here fails the type check rather than going missing.
type Unwritten = Exclude<keyof Observation, (typeof KEYS)[number]>;
const allWritten: [Unwritten] extends [never] ? true : Unwritten = true;
void allWritten;

// An observation id is "o" and a figure id (observe() writes it): nothing in it to escape.

/** A number as JSON writes it (non-finite ones are null). */
const number = (n: number | null) => (n !== null && Number.isFinite(n) ? String(n) : 'null');
/** Whole numbers (figure and document ids): join writes each as JSON does. */
const numbers = (list: readonly number[]) => `[${list.join(',')}]`;

export function observationsJson(list: readonly Observation[]): string {
  // The same few strings recur (one series, a few kinds, shared days): each is escaped once.
  const escaped = new Map<string, string>();
  const text = (s: string | null) => {
    if (s === null) return 'null';
    let json = escaped.get(s);
    if (json === undefined) escaped.set(s, (json = JSON.stringify(s)));
    return json;
  };
  let out = '[';
  for (let i = 0; i < list.length; i++) {
    const o = list[i]!;
    out +=
      `${i === 0 ? '' : ','}{"id":"${o.id}","series":${text(o.series)},"kind":${text(o.kind)},"value":${number(o.value)},` +
      `"low":${number(o.low)},"high":${number(o.high)},"asOf":${text(o.asOf)},"asOfTo":${text(o.asOfTo)},"days":${number(o.days)},` +
      `"figures":${numbers(o.figures)},"documents":${numbers(o.documents)},"disagrees":${o.disagrees.length === 0 ? '[]' : JSON.stringify(o.disagrees)}}`;
  }
  return `${out}]`;
}
