// docs/extractor-rules.md is generated from the rule files: a rule added, moved or re-described
// without `npm run docs` leaves the page stale, and this test says so.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openingComment, pipelineSteps, renderRulesDoc, RULES_DOC } from '../../scripts/rules-doc';

describe('docs/extractor-rules.md', () => {
  it('is what `npm run docs` makes of the rule files now', () => {
    expect(readFileSync(RULES_DOC, 'utf8'), 'docs/extractor-rules.md is stale: run `npm run docs` and commit it').toBe(renderRulesDoc());
  });

  it('lists the pipeline in its order and names a step that is not imported', () => {
    const config = "import { a } from './parsers/a';\nimport { b, c } from './refiners/bc';\nparsers: [a],\nrefiners: [\n c,\n b,\n],";
    expect(pipelineSteps(config)).toEqual([
      { name: 'a', file: 'parsers/a.ts' },
      { name: 'c', file: 'refiners/bc.ts' },
      { name: 'b', file: 'refiners/bc.ts' },
    ]);
    expect(() => pipelineSteps("parsers: [a], refiners: []")).toThrow(/a is listed but not imported/);
  });

  it('reads a file\'s opening comment as one paragraph, stopping at the code', () => {
    expect(openingComment('// One rule: "a third"\n// of output.\nimport x;\n// not this')).toBe('One rule: "a third" of output.');
  });
});
