// A company's share price is not an oil or economic series: "Shares of the driller rose 4
// percent", "Aramco's shares fell 2.5%", "the company's stock slid 6%". Its percentage move is
// dropped. "Crude stocks fell 6%" (inventories, plural and not a company's) and "a 30% share of
// exports" stay.
import { leftOf } from '../base/clauses';
import type { Refiner } from '../base/context';

const MOVE = String.raw`(?:rose|fell|gained|lost|jumped|dropped|slid|slipped|climbed|added|shed|tumbled|surged|soared|plunged|sank|rallied|declined|edged\s+(?:up|down|higher|lower)|were\s+(?:up|down)|was\s+(?:up|down)|closed\s+(?:up|down))`;
const TAIL = String.raw`(?:\s+[\w'’.,-]+){0,6}?\s+${MOVE}\s+(?:by\s+)?(?:(?:about|around|some|nearly|almost|more\s+than|as\s+much\s+as|over|roughly)\s+)?$`;
// "Shares of/in X …", "X's shares …", "the company's stock …", "its share price …".
const SHARE_PRICE = new RegExp(
  String.raw`(?:\b[Ss]hares\s+(?:of|in)\b|['’]s\s+(?:shares|stock|share\s+price|stock\s+price)\b|\b(?:its|their)\s+(?:shares|share\s+price|stock\s+price)\b|\b(?:[Ss]hare|[Ss]tock)\s+price\b)${TAIL}`,
);

export const companyShares: Refiner = {
  name: 'company-shares',
  refine(ctx, figures) {
    // One look at the whole text: most articles name no shares or stock.
    if (!ctx.text.includes('hare') && !ctx.text.includes('tock')) return figures;
    return figures.filter((f) => {
      if (f.unit !== '%') return true;
      const left = leftOf(ctx, f.start, 90);
      // Cheap gate: the long pattern only where one of its nouns is near.
      return !(left.includes('hare') || left.includes('tock')) || !SHARE_PRICE.test(left);
    });
  },
};
