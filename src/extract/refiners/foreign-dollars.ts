// A dollar sign with another country's letters before it ("C$34 billion", "A$2.1 billion",
// "NZ$", "HK$", "S$", "R$", "Cdn$") is that country's money, not US dollars: no dashboard unit
// holds it, so the figure is dropped rather than charted as USD. "US$" and "U.S.$" stay.
import type { Refiner } from '../base/context';

const OTHER_DOLLAR = /(?<![A-Za-z.])(?:C|CA|CAD|Cdn|CDN|A|AU|AUD|NZ|HK|S|SG|R|MX|NT)$/;

export const foreignDollars: Refiner = {
  name: 'foreign-dollars',
  refine(ctx, figures) {
    return figures.filter((f) => {
      if (f.unit !== 'USD' && f.unit !== 'USD/bbl') return true;
      if (ctx.text.charCodeAt(f.start) !== 36) return true;
      return !OTHER_DOLLAR.test(ctx.text.slice(Math.max(0, f.start - 4), f.start));
    });
  },
};
