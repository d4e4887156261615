// What each figure counts (exports, production, price, …) and, for flows of money, the period it
// is counted over. Exact cases are hand rules; the rest is scored by the fitted measure model
// (src/extract/measure/, data/models/measure.json, `npm run fit`).
import type { Refiner } from '../base/context';
import { measureFeatureList } from '../measure/features';
import { decideMeasure } from '../measure/decide';
import { measureModel } from '../measure/model';
import { perOf } from '../measure/per';

export const measure: Refiner = {
  name: 'measure',
  refine(ctx, figures) {
    for (const c of figures) {
      // The period basis first: it is one of the model's features ("a month" goes with revenue).
      c.per = perOf(ctx, c);
      c.measure = decideMeasure(measureModel, c, () => measureFeatureList(ctx, c));
    }
    return figures;
  },
};
