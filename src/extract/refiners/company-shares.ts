// A company's share price is not an oil or economic series: "Shares of the driller rose 4
// percent", "Aramco's shares fell 2.5%", "the company's stock slid 6%". Its percentage move is
// dropped. "Crude stocks fell 6%" (inventories, plural and not a company's) and "a 30% share of
// exports" stay. Share prices named first and the companies after ("Shares in Gulf producers
// slumped. Velmar fell 12% and Orlin 8% in London"): a percentage move of a company named before
// it in its clause, in the sentence after share prices moved (or in that sentence), is dropped too.
import { leftOf, sentenceFrom } from '../base/clauses';
import type { Candidate } from '../base/candidate';
import type { ExtractContext, Refiner } from '../base/context';
import type { Mention } from '../subjects/mentions';

const MOVE = String.raw`(?:rose|fell|gained|lost|jumped|dropped|slid|slipped|climbed|added|shed|tumbled|surged|soared|plunged|sank|rallied|declined|slumped|dived|rebounded|edged\s+(?:up|down|higher|lower)|were\s+(?:up|down)|was\s+(?:up|down)|closed\s+(?:up|down))`;
const TAIL = String.raw`(?:\s+[\w'’.,-]+){0,6}?\s+${MOVE}\s+(?:by\s+)?(?:(?:about|around|some|nearly|almost|more\s+than|as\s+much\s+as|over|roughly)\s+)?$`;
// "Shares of/in X …", "X's shares …", "the company's stock …", "its share price …".
const SHARE_PRICE = new RegExp(
  String.raw`(?:\b[Ss]hares\s+(?:of|in)\b|['’]s\s+(?:shares|stock|share\s+price|stock\s+price)\b|\b(?:its|their)\s+(?:shares|share\s+price|stock\s+price)\b|\b(?:[Ss]hare|[Ss]tock)\s+price\b)${TAIL}`,
);

// Share prices that moved, named without the company: "Shares in Gulf producers slumped", "Energy
// stocks tumbled" ("crude stocks", inventories, are not share prices).
const SHARES_MOVED = new RegExp(String.raw`(?:\b[Ss]hares|\b(?:[Ee]nergy|[Oo]il|[Ee]quity)\s+stocks|\b[Ee]quities|\b(?:[Ss]hare|[Ss]tock)\s+prices)\b(?:\s+[\w'’.,-]+){0,6}?\s+${MOVE}\b`);

export const companyShares: Refiner = {
  name: 'company-shares',
  refine(ctx, figures) {
    // One look at the whole text: most articles name no shares or stock.
    if (!ctx.text.includes('hare') && !ctx.text.includes('tock') && !ctx.text.includes('quities')) return figures;
    return figures.filter((f) => {
      if (f.unit !== '%') return true;
      const left = leftOf(ctx, f.start, 90);
      // Cheap gate: the long pattern only where one of its nouns is near.
      if ((left.includes('hare') || left.includes('tock')) && SHARE_PRICE.test(left)) return false;
      return !(f.kind === 'change' && companyMoveAfterShares(ctx, f));
    });
  },
};

/** A company's move in the sentence where share prices moved, or the one after it. */
function companyMoveAfterShares(ctx: ExtractContext, f: Candidate): boolean {
  const from = sentenceFrom(ctx, f.start, 400);
  const own = ctx.text.slice(from, f.start);
  const prev = ctx.sentences[f.sentence - 1];
  const before = prev ? ctx.text.slice(prev.start, prev.end) : '';
  if (!SHARES_MOVED.test(own) && !SHARES_MOVED.test(before)) return false;
  // The name nearest before the figure in its clause says whose move it is.
  const clause = f.start - leftOf(ctx, f.start, 120).length;
  let last: Mention | null = null;
  for (const m of ctx.mentions(f.sentence)) if (m.start >= clause && m.end <= f.start) last = m;
  return last?.entity?.kind === 'company';
}
