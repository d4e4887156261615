// Exchange rates are prices of a currency, not sums of money: "1,300 dinars to the dollar", "the
// dollar fetched about 1,470 dinars", "an official rate of 1,310 dinars per U.S. dollar". No
// canonical unit holds them, so they are dropped rather than charted as dinar amounts.
import { leftOf } from '../base/clauses';
import type { Refiner } from '../base/context';

const PER_DOLLAR_AFTER = /^\s*(?:to|per|a|for|against)\s+(?:the\s+|one\s+|each\s+)?(?:U\.?S\.?\s+|US\s+)?(?:dollar|greenback|\$)/i;
const RATE_BEFORE = /\b(?:exchange\s+rate|(?:dollar|greenback)\s+(?:fetched|sold|traded|bought|was|stood|at|rate)|rate\s+of|dinar\s+(?:rate|traded|stood))\b[^.;]{0,40}$/i;

export const exchangeRates: Refiner = {
  name: 'exchange-rates',
  refine(ctx, figures) {
    return figures.filter((f) => {
      if (f.unit !== 'IQD') return true;
      return !PER_DOLLAR_AFTER.test(ctx.text.slice(f.end, f.end + 30)) && !RATE_BEFORE.test(leftOf(ctx, f.start, 90));
    });
  },
};
