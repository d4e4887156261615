// What POST /api/documents and POST /api/preview both do with an article in a request body: a
// size limit, JSON only, and the same text checks files get from the CLI (src/input: binary,
// control characters, HTML → text). One copy, so a preview can never accept what a save refuses.
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { decodeArticle } from '../input/decode';
import { IngestRefused } from '../ingest';
import type { AppEnv } from './env';
import { ApiError } from './errors';

export const articleBodyLimit: MiddlewareHandler<AppEnv> = async (c, next) =>
  bodyLimit({
    maxSize: c.var.maxBodyBytes,
    onError: () => {
      throw new ApiError(413, 'payload_too_large', `The body is larger than ${c.var.maxBodyBytes} bytes; send one article per request.`);
    },
  })(c, next);

export const requireJsonArticle: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!/^application\/json\b/i.test(c.req.header('Content-Type') ?? '')) {
    throw new ApiError(415, 'unsupported_media_type', 'Send the article as JSON: Content-Type: application/json, body {"text": "...", "title": ..., "published": "YYYY-MM-DD"}.');
  }
  await next();
};

/** The article text as it will be stored, with notes for the sender (e.g. HTML was converted), or a 400. */
export function decodeArticleText(text: string, maxBytes: number): { text: string; notes: string[] } {
  const read = decodeArticle(new TextEncoder().encode(text), 'text', { maxBytes });
  if (!read.ok) {
    throw new ApiError(400, 'bad_request', `Invalid request: body field "text" ${read.problem.message}.`, [{ path: 'text', message: read.problem.message }]);
  }
  return { text: read.text, notes: read.notes };
}

/**
 * An ingest refusal (a dateline in the future or before 1900) as the API's 400 naming `published`;
 * anything else is rethrown. Save and preview answer alike.
 */
export function refusalAsBadRequest(error: unknown): never {
  if (error instanceof IngestRefused) throw new ApiError(400, 'bad_request', `Refused: ${error.message}.`, [{ path: 'published', message: error.message }]);
  throw error;
}
