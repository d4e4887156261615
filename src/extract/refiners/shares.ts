// A percentage that is part of a whole: "40 percent of Kurdistan's exports", "makes up 40% of
// what the line carries", "accounting for 40 percent", "the share of oil in exports dropped to 77.4%
// in August from 80.9%".
import { tag } from '../base/candidate';
import type { Refiner } from '../base/context';
import { QUALIFIER_TAIL } from './qualifiers';

const OF_AFTER = /^\s+of\b/i;
const SHARE_VERB = new RegExp(
  String.raw`(?:\bshare\b(?:[^,.;]|\.(?=\d)){0,70}?\b(?:was|is|stood\s+at|reached|(?:rose|fell|dropped|declined|slipped|climbed|increased|decreased|edged\s+(?:up|down))\s+to|from|of|at)|\b(?:accounting\s+for|accounted\s+for|accounts?\s+for|makes?\s+up|made\s+up|making\s+up|represent(?:s|ed|ing)?|comprise[sd]?|share\s+(?:of|at|was|is|to)|stake\s+of|stake))\s+(?:${QUALIFIER_TAIL}\s+)?$`,
  'i',
);

export const shares: Refiner = {
  name: 'share',
  refine(ctx, figures) {
    for (const f of figures) {
      if (f.unit !== '%' || f.kind !== 'level') continue;
      const right = ctx.text.slice(f.end, f.end + 10);
      const left = ctx.text.slice(Math.max(0, f.start - 100), f.start);
      if (OF_AFTER.test(right) || SHARE_VERB.test(left)) {
        f.kind = 'share';
        tag(f, 'share');
      }
    }
    return figures;
  },
};
