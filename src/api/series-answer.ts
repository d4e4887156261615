// GET /api/series/:id's answer as bytes from the points' JSON that SQLite writes (point-texts.ts,
// series-text.ts), for a read path that can give those texts; null where it cannot, and the route
// builds the answer from objects instead. `seriesAnswersHere` does it in the calling thread; the
// Node server on a file does it on a thread of its own (series-thread.ts), so its main thread only
// speaks HTTP.
import type { PointTexts } from '../db/repo/point-texts';
import { pointTexts } from '../db/repo/point-texts';
import type { ReadPath } from '../db/repo/read-path';
import type { SeriesSummary } from '../db/types';
import type { FigureKind } from '../extract/types';
import type { Bucket } from '../series/periods';
import { seriesBytes } from './series-text';

/** What the answer depends on besides the data: plain values, so it can cross to a thread as it is. */
export interface SeriesAnswerRequest {
  summary: SeriesSummary;
  id: string;
  from: string | null | undefined;
  to: string | null | undefined;
  kinds: FigureKind[] | null | undefined;
  every: Bucket | null | undefined;
}

export interface SeriesAnswers {
  /** The answer's bytes, or null where the read path cannot give the points' texts. */
  bytes(request: SeriesAnswerRequest): Promise<Uint8Array<ArrayBuffer> | null>;
}

/** The answer built in this thread, from `reads`. */
export function seriesAnswersHere(reads: Omit<ReadPath, 'db'>): SeriesAnswers {
  return {
    async bytes(request) {
      const texts: PointTexts | null = await pointTexts(reads, { series: [request.id], from: request.from, to: request.to });
      return texts && seriesBytes(request.summary, texts, request.kinds, request.every);
    },
  };
}
