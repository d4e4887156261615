// Query and body schemas of the reference routes (src/api/references.ts).
import { z } from 'zod';
import { MEASURES, UNITS, type Measure, type Unit } from '../extract/types';
import { dateParam } from './params';

export const REFERENCE_ID = /^[a-z0-9-]{1,200}$/;

export const referenceListQuery = z.object({
  entity: z.string().max(200).optional(),
  measure: z.enum(MEASURES as [Measure, ...Measure[]], { message: `must be one of ${MEASURES.join(', ')}` }).optional(),
  unit: z.enum(UNITS as [Unit, ...Unit[]], { message: `must be one of ${UNITS.join(', ')}` }).optional(),
});

export const referenceQuery = z.object({ from: dateParam.optional(), to: dateParam.optional() });

export const referenceImportBody = z.strictObject({
  csv: z.string({ message: 'is required: the CSV text, a header (e.g. Date,Price) and one row per date' }).min(1, { message: 'is empty' }),
  id: z.string({ message: 'is required: the reference series id, e.g. eia-brent-spot-daily' }).regex(REFERENCE_ID, { message: 'ids are lowercase letters, digits and dashes' }),
  label: z.string().min(1).max(200).optional(),
  subject: z.string({ message: 'is required: the gazetteer entity, e.g. brent' }).min(1).max(200),
  measure: z.enum(MEASURES as [Measure, ...Measure[]], { message: `must be one of ${MEASURES.join(', ')}` }),
  unit: z.enum(UNITS as [Unit, ...Unit[]], { message: `must be one of ${UNITS.join(', ')}` }),
  frequency: z.enum(['daily', 'monthly'], { message: 'must be daily or monthly' }),
  provider: z.string().min(1).max(200).optional(),
  licence: z.string().max(200).optional(),
  url: z.url({ protocol: /^https?$/, message: 'must be an http(s) url' }).optional(),
  retrieved: dateParam.optional(),
  dateColumn: z.string().min(1).max(200).optional(),
  valueColumn: z.string().min(1).max(200).optional(),
});
