// The answers of GET /api/chart-data and /api/chart-data/evidence as zod schemas, registered with
// the others so /api/openapi.json generates their components; the compiler checks each equals the
// type the route serves (src/api/chart-view.ts), and the chart suite checks real answers against
// them on every engine.
import { z } from 'zod';
import { CHECK_STATUSES } from '../reference/check';
import type { ChartDataResponse, ChartObservation, ChartSeries, EvidenceResponse } from './chart-view';
import {
  bucketMeanSchema,
  components,
  documentRefSchema,
  figureKindSchema,
  observationSchema,
  oneOf,
  pointSchema,
  seriesSummarySchema,
  type Assert,
  type Same,
} from './response-schemas';

const figureId = z.number().int();

export const chartObservationSchema = z
  .strictObject({
    id: observationSchema.shape.id,
    kind: figureKindSchema,
    value: z.number().meta({ description: 'Mean of the agreeing reports.' }),
    low: z.number().nullable(),
    high: z.number().nullable(),
    asOf: observationSchema.shape.asOf,
    asOfTo: observationSchema.shape.asOfTo,
    approx: z.boolean().meta({ description: 'Whether the report the chart stands for (the first stated level, else the first) is approximate.' }),
    figures: z.array(figureId).meta({ description: 'Figure ids of its reports, the one the chart stands for first, then ascending.' }),
    documents: z.array(z.number().int()).meta({ description: 'The document of each report, in the order of `figures` (see `documents` of the answer).' }),
    disagrees: observationSchema.shape.disagrees,
    checks: z
      .array(oneOf(CHECK_STATUSES).nullable())
      .optional()
      .meta({ description: "Each report's reference check status, in the order of `figures`; only when a reference covers one of them." }),
  })
  .meta({ description: 'An observation as a chart draws it: no sentences, tags or document copies (GET /api/chart-data/evidence has them).' })
  .register(components, { id: 'ChartObservation' });

export const chartSeriesSchema = z
  .strictObject({
    series: seriesSummarySchema,
    reference: z.string().nullable().meta({ description: 'Label of the reference series that checked its reports; null when none covers them.' }),
    observations: z.array(chartObservationSchema),
    means: z.array(bucketMeanSchema).optional().meta({ description: 'Only with every=week|month.' }),
  })
  .register(components, { id: 'ChartSeries' });

export const chartDataResponseSchema = z
  .strictObject({
    series: z.array(chartSeriesSchema).meta({ description: 'In the order asked (repeats once).' }),
    documents: z.array(documentRefSchema).meta({ description: 'Every document the observations name, once, by ascending id.' }),
  })
  .register(components, { id: 'ChartDataResponse' });

export const evidenceResponseSchema = z
  .strictObject({ points: z.array(pointSchema).meta({ description: 'The dated figures asked for, ascending id; ids that name none are left out.' }) })
  .register(components, { id: 'EvidenceResponse' });

export type ChartSchemasMatchTypes = Assert<
  | Same<z.output<typeof chartObservationSchema>, ChartObservation>
  | Same<z.output<typeof chartSeriesSchema>, ChartSeries>
  | Same<z.output<typeof chartDataResponseSchema>, ChartDataResponse>
  | Same<z.output<typeof evidenceResponseSchema>, EvidenceResponse>
>;
