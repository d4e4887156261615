// What a saved chart says about itself besides the lines: its title, the series, the units, where
// the figures came from and the dates, so a picture pasted into a report still says what it shows.
import { SOURCE_KIND_LABEL, sourceKind } from '../src/series/source-kind';
import type { SeriesData } from './chart-data';

export interface ExportMeta {
  title: string;
  series: string[];
  units: string;
  /** "Sources: Meridian Wire (wire, 120), Oil Ministry bulletin (ministry, 80)". */
  sources: string;
  /** "2017-01-04 to 2019-12-31". */
  range: string;
  /** File name without extension. */
  file: string;
}

export function exportMeta(title: string, units: string, series: SeriesData[], from: string | null, to: string | null): ExportMeta {
  const bySource = new Map<string, number>();
  let first = '';
  let last = '';
  for (const s of series) {
    for (const o of s.observations) {
      // Every report counts for its source, as in the sources line of the evidence.
      for (const id of o.documents) {
        const name = s.documents.get(id)?.source?.trim() || 'source not given';
        bySource.set(name, (bySource.get(name) ?? 0) + 1);
      }
      if (!first || o.asOf < first) first = o.asOf;
      const end = o.asOfTo ?? o.asOf;
      if (end > last) last = end;
    }
  }
  const named = [...bySource].sort((a, b) => b[1] - a[1]);
  const shown = named.slice(0, 6).map(([name, n]) => `${name} (${SOURCE_KIND_LABEL[sourceKind(name)]}, ${n})`);
  const more = named.length > 6 ? `, and ${named.length - 6} more` : '';
  const range = `${from ?? first ?? '…'} to ${to ?? last ?? '…'}`;
  return {
    title,
    series: series.map((s) => s.summary.label),
    units,
    sources: `Sources: ${shown.join(', ') || 'none'}${more}. Extracted from news by flowline.`,
    range,
    file: `flowline-${title.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'chart'}-${(from ?? first) || 'start'}-${(to ?? last) || 'end'}`,
  };
}
