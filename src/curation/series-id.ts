// A corrected subject, measure or unit moves the figure to another series. Series ids are
// subject × measure × unit × period (src/extract/figure.ts), so the subject part is what is left of
// the id once the suffix the other three make is taken off.
import { seriesId } from '../extract/figure';
import type { Figure } from '../extract/types';

/** The subject part of a figure's series id ("kurdistan-pipeline" of "kurdistan-pipeline-flow-bbl-d"). */
export function subjectIdOf(f: Pick<Figure, 'series' | 'measure' | 'unit' | 'per'>): string {
  const suffix = seriesId('', f.measure, f.unit, f.per);
  return f.series.endsWith(suffix) && f.series.length > suffix.length ? f.series.slice(0, -suffix.length) : f.series;
}

/** A subject label an analyst typed, as the subject part of a series id. */
export function slugOf(label: string): string {
  return label.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'unspecified';
}

/** The series id of `after`, a corrected copy of `before`. */
export function correctedSeries(before: Figure, after: Figure): string {
  if (after.subject === before.subject && after.measure === before.measure && after.unit === before.unit) return before.series;
  const subject = after.subject === before.subject ? subjectIdOf(before) : slugOf(after.subject);
  return seriesId(subject, after.measure, after.unit, after.per);
}
