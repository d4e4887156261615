// flowline's extractor: article text → every oil-flow and economic figure in it, each dated,
// tied to a subject and to the exact words it came from. Pure TypeScript without I/O, so it
// runs the same in Node, Cloudflare Workers and the browser.
import eventsJson from '../../data/events.json';
import { createContext } from './base/context';
import { defaultConfig, type ExtractorConfig } from './config';
import { findPublished } from './dates/published';
import { toFigures } from './figure';
import { run } from './pipeline';
import { defaultGazetteer } from './subjects/gazetteer';
import type { EventRef, ExtractOptions, ExtractResult } from './types';

export * from './types';
export { defaultConfig, type ExtractorConfig } from './config';
export { seriesId } from './figure';

export const defaultEvents: readonly EventRef[] = eventsJson as EventRef[];

export interface ExtractDebug {
  /** Called with the pipeline's notes (one per refiner), built only when asked for. */
  debug?: (notes: string[]) => void;
  config?: ExtractorConfig;
}

export function extract(text: string, options: ExtractOptions & ExtractDebug = {}): ExtractResult {
  const published = findPublished(text, options.published);
  const ctx = createContext(text, published, options.events ?? defaultEvents, defaultGazetteer, options.debug !== undefined);
  const found = run(ctx, options.config ?? defaultConfig);
  const figures = toFigures(ctx, found);
  options.debug?.(ctx.notes.map((n) => n()));
  return { published: published.published, publishedSource: published.source, figures };
}
