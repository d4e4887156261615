// The reference lines beside the shown news series, fetched only while the overlay is on: the
// list of references once, then each covering reference's values over the dates in view.
import type { ReactiveControllerHost } from 'lit';
import type { SeriesSummary } from '../../src/api/types';
import type { ChartSeries } from '../../src/api/chart-view';
import type { ReferenceResponse, ReferenceSummary } from '../../src/reference/types';
import { referenceApi, referenceFor } from '../reference-client';
import { dayToTime } from '../format';
import type { ReferenceLine } from '../plugins/reference-lines';
import { FetchController } from './fetch-controller';

const MARGIN_DAYS = 31;
const shift = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export interface OverlayInputs {
  on: boolean;
  series: SeriesSummary[];
  data: readonly ChartSeries[] | undefined;
  from: string | null;
  to: string | null;
}

export class ReferenceOverlayController {
  private readonly list: FetchController<readonly [], ReferenceSummary[]>;
  private readonly values: FetchController<readonly [string[], string, string], ReferenceResponse[]>;

  constructor(host: ReactiveControllerHost, inputs: () => OverlayInputs) {
    // The list is small and also says whether to offer the checkbox at all, so it is always read.
    this.list = new FetchController(host, async (_a, signal) => (await referenceApi.list(signal)).references, () => [] as const);
    this.values = new FetchController(
      host,
      ([ids, from, to], signal) => Promise.all(ids.map((id) => referenceApi.values(id, from, to, signal))),
      () => {
        const i = inputs();
        const ids = i.on ? [...new Set(i.series.map((s) => this.referenceOf(s)?.id).filter((id) => id !== undefined))] : [];
        // The range walks every shown report: only worth it when there is a line to draw.
        const range = ids.length ? dateRange(i) : null;
        return range ? ([ids.sort(), range[0], range[1]] as const) : null;
      },
    );
  }

  /** The reference that covers a news series, if any (known once the list has loaded). */
  referenceOf(series: SeriesSummary): ReferenceSummary | null {
    return referenceFor(series, this.list.value ?? []);
  }

  private memo: { key: string; values: ReferenceResponse[] | undefined; lines: ReferenceLine[] } | null = null;

  /**
   * The lines to draw beside these news series: the same array while nothing changed, since a new
   * one makes the chart rebuild its datasets (costly at 100,000 points).
   */
  linesFor(series: SeriesSummary[]): ReferenceLine[] {
    const values = this.values.status === 'idle' ? undefined : this.values.value;
    const ids = [...new Set(series.map((s) => this.referenceOf(s)?.id).filter((id) => id !== undefined))];
    const key = ids.join();
    if (this.memo?.key === key && this.memo.values === values) return this.memo.lines;
    const lines = ids
      .map((id) => values?.find((r) => r.reference.id === id))
      .filter((r) => r !== undefined)
      .map((r) => ({ label: r.reference.label, points: r.values.map((v) => ({ x: dayToTime(v.date), y: v.value })) }));
    this.memo = { key, values, lines: lines.length ? lines : NO_LINES };
    return this.memo.lines;
  }
}

const NO_LINES: ReferenceLine[] = [];

/** The dates in view: the URL's range, else the shown observations' first and last date, a month wider. */
function dateRange(i: OverlayInputs): [string, string] | null {
  if (i.from && i.to) return [i.from, i.to];
  let first: string | null = null;
  let last: string | null = null;
  for (const r of i.data ?? []) {
    for (const o of r.observations) {
      const end = o.asOfTo ?? o.asOf;
      if (first === null || o.asOf < first) first = o.asOf;
      if (last === null || end > last) last = end;
    }
  }
  if (first === null || last === null) return null;
  return [i.from ?? shift(first, -MARGIN_DAYS), i.to ?? shift(last, MARGIN_DAYS)];
}
