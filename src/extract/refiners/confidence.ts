// How sure the rules are, 0..1: an explicit unit, a named subject and stated time words score
// higher than a carried-over unit, a subject found by reference, or the publication day.
import type { Refiner } from '../base/context';

export const confidence: Refiner = {
  name: 'confidence',
  refine(_ctx, figures) {
    for (const f of figures) {
      let c = f.kind === 'derived' ? 0.7 : 0.95;
      if (f.unitCarried) c -= 0.15;
      if (!f.subject) c -= 0.3;
      else if (f.subjectVia === 'default') c -= 0.3;
      else if (f.subjectVia !== 'named' && f.subjectVia !== 'derived') c -= 0.1;
      if (!f.period || f.period.tag === 'date:published') c -= 0.1;
      if (f.tags.includes('number:words')) c -= 0.05;
      f.confidence = Math.max(0.05, Math.round(c * 100) / 100);
    }
    return figures;
  },
};
