// GET /api/series/:id's answer as bytes from the points' JSON that SQLite writes (point-texts.ts,
// series-text.ts), for a read path that can give those texts; null where it cannot, and the route
// builds the answer from objects instead. `seriesAnswersHere` does it in the calling thread; the
// Node server on a file does it on a thread of its own (series-thread.ts), so its main thread only
// speaks HTTP. Either keeps each series' texts until the data changes (series-texts-cache.ts), so
// only the first uncached read of a series per data version has SQLite write them.
import type { PointTexts } from '../db/repo/point-texts';
import { pointTexts } from '../db/repo/point-texts';
import type { ReadPath } from '../db/repo/read-path';
import type { SeriesSummary } from '../db/types';
import type { FigureKind } from '../extract/types';
import type { Bucket } from '../series/periods';
import { pointTextsBetween } from './point-texts-range';
import { seriesBytes } from './series-text';
import { SeriesTextsCache } from './series-texts-cache';

/** What the answer depends on besides the data: plain values, so it can cross to a thread as it is. */
export interface SeriesAnswerRequest {
  /** The data version the request is answered for (what keeps the series' texts). */
  version: number;
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

/**
 * A series this small is read whole on a miss whatever range is asked, and kept; a larger one only
 * when the range covers it (otherwise the first read of a narrow range would write all of it).
 */
const MOST_READ_WHOLE = 1000;

/** The answer built in this thread, from `reads`. */
export function seriesAnswersHere(reads: Omit<ReadPath, 'db'>): SeriesAnswers {
  const kept = new SeriesTextsCache();
  const read = (id: string, from?: string | null, to?: string | null) => pointTexts(reads, { series: [id], from, to });
  return {
    async bytes(request) {
      const { version, summary, id, from, to } = request;
      const covers = (!from || !summary.first || from <= summary.first) && (!to || !summary.last || to >= summary.last);
      const whole = covers || summary.reports <= MOST_READ_WHOLE ? await kept.texts(version, id, () => read(id)) : await kept.peek(version, id);
      let texts: PointTexts | null = whole ? pointTextsBetween(whole, from, to) : null;
      // Not kept, or a number somewhere in the series SQLite cannot write as JavaScript
      // does (point-texts.ts), which the range may not hold.
      texts ??= await read(id, from, to);
      return texts && seriesBytes(request.summary, texts, request.kinds, request.every);
    },
  };
}
