// A corrected subject, measure or unit moves the figure to another series. The extractor's series
// id is subject × measure × unit × period (src/extract/figure.ts); a corrected figure gets the id
// the extractor would have proposed for those fields, and ingest files it canonically from there
// (src/series/key.ts), as it does every other figure.
import { seriesId } from '../extract/figure';
import type { Figure } from '../extract/types';
import { slug } from '../series/entities';
import { subjectIdOf } from '../series/key';

/** The proposed series id of `after`, a corrected copy of `before`. */
export function correctedSeries(before: Figure, after: Figure): string {
  if (after.subject === before.subject && after.measure === before.measure && after.unit === before.unit) return before.series;
  const subject = after.subject === before.subject ? subjectIdOf(before) : slug(after.subject) || 'unspecified';
  return seriesId(subject, after.measure, after.unit, after.per);
}
