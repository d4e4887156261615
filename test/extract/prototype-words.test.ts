// Words of ordinary English that are also members of Object.prototype ("the pipeline constructor",
// "valueOf" in a quoted code name) must be plain words to every lookup: a rule that read them from
// a plain object once found a function there and threw, losing the whole article.
import { expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const WORDS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf'];

it.each(WORDS)('reads an article that uses the word "%s" like any other word', (word) => {
  const text = `The pipeline ${word} said flows were 300,000 bpd on Monday. Its ${word} in revenue reached $5 billion in March.`;
  const values = extract(text, { published: '2020-04-02' }).figures.map((f) => f.value);
  expect(values).toEqual(expect.arrayContaining([300000, 5e9]));
});
