// One error class carrying an HTTP status, and the one JSON shape every error response takes.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorResponse } from './types';

export type Issue = { path: string; message: string };

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly issues?: Issue[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function notFound(what: string): ApiError {
  return new ApiError(404, 'not_found', what);
}

const CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  500: 'internal_error',
};

export function errorResponse(c: Context, error: ApiError): Response {
  const body: ErrorResponse = {
    error: {
      status: error.status,
      code: error.code,
      message: error.message,
      ...(error.issues ? { issues: error.issues } : {}),
    },
  };
  return c.json(body, error.status, { 'Cache-Control': 'no-store', ...error.headers });
}

/** app.onError: ApiErrors as they are, Hono's own exceptions in our shape, anything else a 500. */
export function handleError(err: Error, c: Context): Response {
  if (err instanceof ApiError) return errorResponse(c, err);
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    return errorResponse(c, new ApiError(status, CODES[status] ?? 'error', err.message || 'Request failed.'));
  }
  console.error(`flowline: ${c.req.method} ${new URL(c.req.url).pathname} failed:`, err);
  return errorResponse(
    c,
    new ApiError(500, 'internal_error', 'Something went wrong on the server; the error was logged. Try again, and report it if it persists.'),
  );
}

export function handleNotFound(c: Context): Response {
  const path = new URL(c.req.url).pathname;
  return errorResponse(
    c,
    notFound(`No such resource: ${c.req.method} ${path}. The API lives under /api (see /api/openapi.json).`),
  );
}

export function methodNotAllowedResponse(c: Context, allowed: string[]): Response {
  return errorResponse(
    c,
    new ApiError(
      405,
      'method_not_allowed',
      `${c.req.method} is not allowed on ${new URL(c.req.url).pathname}; use ${allowed.join(' or ')}.`,
      undefined,
      { Allow: allowed.join(', ') },
    ),
  );
}
