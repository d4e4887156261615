// The extract CLI's line format, one JSON object per figure: the contract the scorer and other
// tools read ({file, value, unit, per, kind, measure, approx, asOf, asOfTo, low, high, subject, series, start,
// end, text, sentence, tags} first, then confidence, attribution, derivedFrom, publishedSource).
import type { ExtractResult, Figure } from './types';

/** A figure as the CLI prints it: the figure itself, the file it came from and how that file was dated. */
export interface FigureRecord extends Figure {
  file: string;
  published: string | null;
  publishedSource: ExtractResult['publishedSource'];
}

export function toRecords(file: string, result: ExtractResult): FigureRecord[] {
  return result.figures.map((f) => ({
    file,
    value: f.value,
    unit: f.unit,
    per: f.per,
    kind: f.kind,
    measure: f.measure,
    approx: f.approx,
    asOf: f.asOf,
    asOfTo: f.asOfTo,
    low: f.low,
    high: f.high,
    subject: f.subject,
    series: f.series,
    start: f.start,
    end: f.end,
    text: f.text,
    sentence: f.sentence,
    tags: f.tags,
    confidence: f.confidence,
    attribution: f.attribution,
    derivedFrom: f.derivedFrom,
    published: result.published,
    publishedSource: result.publishedSource,
  }));
}
