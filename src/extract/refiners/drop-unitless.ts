// Numbers still without a unit are not figures: years, counts, ages, distances, clock times.
import type { Refiner } from '../base/context';

export const dropUnitless: Refiner = {
  name: 'drop-unitless',
  refine(_ctx, figures) {
    return figures.filter((f) => f.unit !== null && f.value >= 0);
  },
};
