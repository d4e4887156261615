// The search box's words → FTS5: every term quoted, so no user input is read as FTS5 syntax, and
// snippets cut to the sentence of the first match with marks as offsets.
import { expect, it } from 'vitest';
import { entitiesByAlias } from '../../src/search/aliases';
import { parseSearchQuery, QueryProblem } from '../../src/search/query';
import { matchingSentence, sentenceIn, MARK_CLOSE as C, MARK_OPEN as O } from '../../src/search/snippet';
import { entityIndex } from '../../src/series/entities';

it('quotes every term and lets the last one match as a prefix', () => {
  expect(parseSearchQuery('Kurdistan exports').match).toBe('"kurdistan" "exports"*');
  expect(parseSearchQuery('NEAR("a" b) OR c*').match).toBe('"near" "a" "b" "or" "c"*');
  expect(parseSearchQuery('  Kirkūk:flows ').terms).toEqual(['kirkūk', 'flows']);
});

it('refuses a query it cannot search with a message that says what to type', () => {
  expect(() => parseSearchQuery('"*" -')).toThrow(QueryProblem);
  expect(() => parseSearchQuery('"*" -')).toThrow(/no letters or digits/);
  expect(() => parseSearchQuery('a '.repeat(13))).toThrow(/at most 12/);
});

it('cuts a snippet to the sentence of its match, keeping abbreviations and decimals inside', () => {
  const snippet = `…flows resumed. The U.S. buyer took 3.5 million barrels from ${O}Ceyhan${C} in May. Prices rose…`;
  const got = matchingSentence(snippet);
  expect(got.text).toBe('The U.S. buyer took 3.5 million barrels from Ceyhan in May.');
  expect(got.marks.map(([s, e]) => got.text.slice(s, e))).toEqual(['Ceyhan']);
});

it('keeps every mark inside the chosen sentence and none from others', () => {
  const got = matchingSentence(`${O}Oil${C} fell. Then ${O}oil${C} rose.`);
  expect(got).toEqual({ text: 'Oil fell.', marks: [[0, 3]] });
});

it('matches gazetteer aliases by word starts and plain plurals', () => {
  const index = entityIndex([
    { id: 'kp', label: 'Kurdistan pipeline to Ceyhan', kind: 'pipeline', aliases: ["Erbil's pipeline", 'northern exports'] },
    { id: 'basra', label: 'Basra', kind: 'port', aliases: ['southern terminals'] },
  ]);
  expect(entitiesByAlias(index, parseSearchQuery('erbil pipelines'))).toEqual(['kp']);
  expect(entitiesByAlias(index, parseSearchQuery('northern export'))).toEqual(['kp']);
  expect(entitiesByAlias(index, parseSearchQuery('southern term'))).toEqual(['basra']);
  expect(entitiesByAlias(index, parseSearchQuery('northern terminals'))).toEqual([]);
});

it('prefers the sentence holding the most of the query words to the first one marked', () => {
  const got = matchingSentence(`…data from ${O}tanker${C} trackers. Agents said ${O}tankers${C} were ${O}waiting${C} to ${O}berth${C}. More…`);
  expect(got.text).toBe('Agents said tankers were waiting to berth.');
  expect(got.marks.map(([s, e]) => got.text.slice(s, e))).toEqual(['tankers', 'waiting', 'berth']);
});

it('gives the whole sentence from the document when the snippet cut it', () => {
  const text = 'Prices fell. Shipping agents said tankers were waiting to berth after bad weather. Officials declined comment.';
  const got = sentenceIn(text, `…agents said ${O}tankers${C} were ${O}waiting${C} to ${O}berth${C}…`);
  expect(got.text).toBe('Shipping agents said tankers were waiting to berth after bad weather.');
  expect(got.marks.map(([s, e]) => got.text.slice(s, e))).toEqual(['tankers', 'waiting', 'berth']);
  expect(sentenceIn('Other text entirely.', `${O}oil${C} rose.`)).toEqual({ text: 'oil rose.', marks: [[0, 3]] });
});
