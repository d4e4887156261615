// Runs a configuration: every parser's pattern once over the text, then the refiners in order.
import type { Candidate } from './base/candidate';
import type { ExtractContext } from './base/context';
import type { ExtractorConfig } from './config';

export function run(ctx: ExtractContext, config: ExtractorConfig): Candidate[] {
  let found: Candidate[] = [];
  for (const parser of config.parsers) {
    const re = parser.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
      const c = parser.extract(ctx, m);
      if (c) {
        found.push(c);
        // "550 thousand barrels": the scale and unit belong to this figure, not to the next match.
        if (c.end > re.lastIndex) re.lastIndex = c.end;
      }
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  found.sort((a, b) => a.start - b.start);
  for (const refiner of config.refiners) {
    found = refiner.refine(ctx, found);
    // A note per step only when someone reads them: a closure per refiner per article otherwise.
    // The count is taken now (a closure over `found` would read the last step's count).
    if (ctx.debugging) {
      const count = found.length;
      ctx.debug(() => `${refiner.name}: ${count} figures`);
    }
  }
  return found;
}
