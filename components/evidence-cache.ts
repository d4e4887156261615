// The evidence of opened chart points (their reports' sentences, words, tags, checks and
// documents), fetched once per observation and kept for the page: the charts' own answer leaves
// it out (GET /api/chart-data), and pointing at a point again must not ask again. Cleared when the
// data changes, since a correction may have rewritten a sentence.
import type { Point } from '../src/api/types';
import type { ChartObservation } from '../src/api/chart-view';
import { api } from './api-client';

export type EvidenceSource = (o: ChartObservation) => Promise<Point[]>;

export class EvidenceCache {
  private readonly byObservation = new Map<string, Promise<Point[]>>();

  /** The observation's reports with their evidence (at most 200: as many as one request takes). */
  readonly of: EvidenceSource = (o) => {
    const key = o.figures.join();
    let pending = this.byObservation.get(key);
    if (!pending) {
      pending = api.evidence(o.figures.slice(0, 200)).then((r) => r.points);
      // A failed request is not remembered: pointing at the point again tries again.
      pending.catch(() => this.byObservation.delete(key));
      this.byObservation.set(key, pending);
    }
    return pending;
  };

  clear(): void {
    this.byObservation.clear();
  }
}
