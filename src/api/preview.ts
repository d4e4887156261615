// POST /api/preview: what POST /api/documents would store, without storing it. The same body, the
// same text checks, the same extractor and the same filing (gazetteer, mappings, merges), so the
// figures the browser highlights before saving are the ones the save gives. Token-protected like
// the save: a preview runs the extractor, which is the costly part of an ingest.
import { Hono } from 'hono';
import { filer } from '../curation/filing';
import { loadFiling } from '../curation/filing-store';
import { extract as defaultExtract } from '../extract';
import { refuseBadDateline } from '../ingest';
import { GAZETTEER } from '../series/gazetteer';
import { articleBodyLimit, decodeArticleText, refusalAsBadRequest, requireJsonArticle } from './article-body';
import { requireToken } from './auth';
import type { AppEnv } from './env';
import { ingestBody } from './params';
import type { PreviewResponse } from './response-schemas-find';
import { validate } from './validate';

export const previewRoutes = new Hono<AppEnv>().post(
  '/preview',
  requireToken,
  articleBodyLimit,
  requireJsonArticle,
  validate('json', ingestBody),
  async (c) => {
    const body = c.req.valid('json');
    const read = decodeArticleText(body.text, c.var.maxBodyBytes);
    const result = (c.var.extract ?? defaultExtract)(read.text, { published: body.published ?? null });
    try {
      refuseBadDateline(result);
    } catch (error) {
      // The same answer the save gives, so nothing previews well and then fails to save.
      refusalAsBadRequest(error);
    }
    const keyFor = filer(GAZETTEER, await loadFiling(c.var.db));
    const figures = result.figures.map((f) => ({
      value: f.value, unit: f.unit, per: f.per, kind: f.kind, measure: f.measure, approx: f.approx,
      asOf: f.asOf, asOfTo: f.asOfTo, subject: f.subject, series: keyFor(f).id,
      start: f.start, end: f.end, text: f.text,
    }));
    const notes = [...read.notes];
    if (result.published === null) notes.push('No publication date was sent and none was found in the text: figures dated from it stay undated. Give a date before saving.');
    return c.json({ text: read.text, published: result.published, figures, notes } satisfies PreviewResponse);
  },
);
