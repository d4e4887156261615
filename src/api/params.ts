// Query and body schemas (zod). Messages say what is expected, since they reach people verbatim.
import { z } from 'zod';
import { SOURCE_KINDS } from '../series/source-kind';
import { FIGURE_KINDS, UNITS, type FigureKind } from '../extract/types';
import { publishedOutOfRange } from '../input/published';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isCalendarDate(s: string): boolean {
  if (!DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export const dateParam = z
  .string()
  .refine(isCalendarDate, { message: 'must be a calendar date written YYYY-MM-DD, e.g. 2017-10-16' });

/** A publication date: a calendar date, not before 1900 and not in the future (see src/input/published.ts). */
export const publishedParam = dateParam.superRefine((date, ctx) => {
  const problem = isCalendarDate(date) ? publishedOutOfRange(date) : null;
  if (problem) ctx.addIssue({ code: 'custom', message: problem.replace(/^published "[^"]*" /, '') });
});

export function intParam(min: number, max: number, fallback: number) {
  return z
    .string()
    .regex(/^\d{1,9}$/, { message: `must be a whole number from ${min} to ${max}` })
    .transform(Number)
    .pipe(z.number().min(min, { message: `must be at least ${min}` }).max(max, { message: `must be at most ${max}` }))
    .optional()
    .transform((n) => n ?? fallback);
}

export const SERIES_ID = /^[a-z0-9-]{1,200}$/;
export const MAX_SERIES_PER_REQUEST = 50;

const kindsParam = z
  .string()
  .transform((s) => s.split(',').map((k) => k.trim()).filter(Boolean))
  .pipe(
    z.array(z.enum(FIGURE_KINDS as [FigureKind, ...FigureKind[]], { message: `each kind must be one of ${FIGURE_KINDS.join(', ')}` })),
  );

const seriesListParam = z
  .string()
  .transform((s) => s.split(',').map((k) => k.trim()).filter(Boolean))
  .pipe(
    z
      .array(z.string().regex(SERIES_ID, { message: 'series ids are lowercase letters, digits and dashes' }))
      .max(MAX_SERIES_PER_REQUEST, { message: `at most ${MAX_SERIES_PER_REQUEST} series per request` }),
  );

const bomParam = z.enum(['0', '1', 'true', 'false'], { message: 'must be 1 or 0' }).transform((v) => v === '1' || v === 'true');

const rowsParam = z.enum(['reports', 'observations'], { message: 'must be reports (one row per figure) or observations (one row per observation)' });

// Kinds of source, read from each document's source name (src/series/source-kind.ts).
const sourcesParam = z
  .string()
  .transform((s) => s.split(',').map((k) => k.trim()).filter(Boolean))
  .pipe(z.array(z.enum(SOURCE_KINDS, { message: `each kind of source must be one of ${SOURCE_KINDS.join(', ')}` })));

const range = {
  from: dateParam.optional(),
  to: dateParam.optional(),
  kinds: kindsParam.optional(),
  sources: sourcesParam.optional(),
};

function rangeInOrder(q: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx) {
  if (q.from && q.to && q.from > q.to) ctx.addIssue({ code: 'custom', path: ['to'], message: `must not be before from (${q.from})` });
}

export const seriesListQuery = z.object({
  unit: z.enum(UNITS as [string, ...string[]], { message: `must be one of ${UNITS.join(', ')}` }).optional(),
  q: z.string().max(200, { message: 'must be at most 200 characters' }).optional(),
  limit: intParam(1, 1000, 100),
  offset: intParam(0, 1_000_000_000, 0),
});

export const seriesQuery = z
  .object({ ...range, every: z.enum(['week', 'month'], { message: 'must be week or month' }).optional() })
  .superRefine(rangeInOrder);

export const csvQuery = z.object({ ...range, bom: bomParam.optional(), rows: rowsParam.optional() }).superRefine(rangeInOrder);

export const figuresCsvQuery = z
  .object({ ...range, bom: bomParam.optional(), rows: rowsParam.optional(), series: seriesListParam.optional() })
  .superRefine(rangeInOrder);

export const compareQuery = z.object({
  series: z.string({ message: 'is required: the id of a series' }).regex(SERIES_ID, { message: 'series ids are lowercase letters, digits and dashes' }),
  event: z.string({ message: 'is required: the id of an event' }).regex(SERIES_ID, { message: 'event ids are lowercase letters, digits and dashes' }),
  window: intParam(1, 3650, 30),
});

export const pageQuery = z.object({
  limit: intParam(1, 1000, 100),
  offset: intParam(0, 1_000_000_000, 0),
});

const optionalText = (max: number) => z.string().max(max, { message: `must be at most ${max} characters` }).nullish();

export const ingestBody = z.object({
  text: z
    .string({ message: 'is required: the article text' })
    .refine((t) => t.trim().length > 0, { message: 'must not be empty' }),
  title: optionalText(1000),
  source: optionalText(1000),
  url: z.url({ message: 'must be an absolute http(s) URL', protocol: /^https?$/ }).max(2000).nullish(),
  published: publishedParam.nullish(),
});

/** GET /api/chart-data: the series of one view in one request, with the series route's filters. */
export const chartDataQuery = z
  .object({
    series: z
      .string({ message: `is required: comma-separated series ids, at most ${MAX_SERIES_PER_REQUEST}` })
      .pipe(seriesListParam)
      .refine((ids) => ids.length > 0, { message: 'must name at least one series id' }),
    from: range.from,
    to: range.to,
    sources: range.sources,
    every: seriesQuery.shape.every,
  })
  .superRefine(rangeInOrder);

/** Figure ids to read the evidence of, comma-separated: enough for every report of an observation. */
export const MAX_EVIDENCE_FIGURES = 200;
export const evidenceQuery = z.object({
  figures: z
    .string({ message: 'is required: comma-separated figure ids' })
    .transform((s) => s.split(',').map((k) => k.trim()).filter(Boolean))
    .pipe(
      z
        .array(z.string().regex(/^\d{1,12}$/, { message: 'figure ids are whole numbers' }).transform(Number))
        .min(1, { message: 'must name at least one figure id' })
        .max(MAX_EVIDENCE_FIGURES, { message: `at most ${MAX_EVIDENCE_FIGURES} figure ids per request` }),
    ),
});
