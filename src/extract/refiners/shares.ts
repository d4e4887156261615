// A percentage that is part of a whole: "35 percent of Norland's exports", "makes up 35% of
// what the pipe moves", "accounting for 35 percent", "the share of crude in sales slipped to 71.3%
// in March from 74.6%".
import { tag } from '../base/candidate';
import type { Refiner } from '../base/context';
import { QUALIFIER_TAIL } from './qualifiers';

const OF_AFTER = /^\s+of\b/i;
// "its 17 percent share of the federal budget", "a 30% share of exports": the noun after the
// figure says it is a part ("a 25% share in the venture", a stake, is dropped by non-economic.ts).
const SHARE_OF_AFTER = /^\s+share\s+of\b/i;
// "ran at around 50% capacity", "at 80 percent utilisation": a share of what a plant can do.
const OF_CAPACITY = /^\s+(?:of\s+)?(?:its\s+|their\s+|the\s+)?(?:(?:installed|nameplate|design)\s+)?(?:capacity|utili[sz]ation)\b/i;
// The tail of a list of shares: "55 percent went to Europe, Orlin next at 14 percent, and the
// rest of Africa at 3 percent". Only after a share in the same sentence, one short item away.
const LIST_TAIL = /^[^.;%]{0,80}?(?:,\s*(?:and\s+|with\s+)?|\s+(?:and|with)\s+)[^,.;%]{1,40}?\b(?:at|with|on|taking|took|getting|got)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|just\s+)?$/i;
// A part of a budget is a share of it too: "cut the region's allocation to 12 percent from the 15
// percent it had", "allocates 12 percent to the province".
const SHARE_VERB = new RegExp(
  String.raw`(?:\b(?:share|allocation|portion)\b(?:[^,.;]|\.(?=\d)){0,70}?\b(?:was|is|stood\s+at|reached|(?:rose|fell|dropped|declined|slipped|climbed|increased|decreased|edged\s+(?:up|down))\s+to|from(?:\s+the)?|of|at)|\b(?:accounting\s+for|accounted\s+for|accounts?\s+for|makes?\s+up|made\s+up|making\s+up|represent(?:s|ed|ing)?|comprise[sd]?|(?:share|allocation|portion)\s+(?:of|at|was|is|to)|allocat(?:es|ed|ing|e)|stake\s+of|stake))\s+(?:${QUALIFIER_TAIL}\s+)?$`,
  'i',
);
// The other end of a share's comparison is a share: "…, down from 15 percent", "compared with 9%".
const COMPARED_WITH_SHARE = new RegExp(String.raw`^[^.;]{0,60}?\b(?:from|than|compared\s+(?:with|to)|versus|against)\s+(?:the\s+)?(?:${QUALIFIER_TAIL}\s+)?$`, 'i');

export const shares: Refiner = {
  name: 'share',
  refine(ctx, figures) {
    let last: (typeof figures)[number] | null = null;
    for (const f of figures) {
      if (f.unit !== '%' || f.kind !== 'level') {
        if (f.kind === 'share') last = f;
        continue;
      }
      const right = ctx.text.slice(f.end, f.end + 40);
      const left = ctx.text.slice(Math.max(0, f.start - 100), f.start);
      const near = last && last.sentence === f.sentence && f.start - last.end < 120 ? ctx.text.slice(last.end, f.start) : null;
      const tail = near !== null && LIST_TAIL.test(near);
      const compared = near !== null && COMPARED_WITH_SHARE.test(near);
      if (OF_AFTER.test(right) || SHARE_OF_AFTER.test(right) || OF_CAPACITY.test(right) || SHARE_VERB.test(left) || tail || compared) {
        f.kind = 'share';
        tag(f, tail ? 'share:list' : compared && !SHARE_VERB.test(left) ? 'share:compared' : 'share');
        last = f;
      }
    }
    return figures;
  },
};
