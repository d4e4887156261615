// Reference series: official data (the EIA's Brent and WTI spot prices, a ministry's monthly
// exports) kept beside the news in tables of their own, so their values can never be grouped into
// news observations or their means. A reference series covers one entity × measure × unit, the
// same triple news series are keyed by; the truth check (src/reference/check.ts) joins on it.
import { index, primaryKey, real, sqliteTable, text, integer } from 'drizzle-orm/sqlite-core';
import type { Measure, Unit } from '../extract/types';

export type ReferenceFrequency = 'daily' | 'monthly';

export const referenceSeries = sqliteTable(
  'reference_series',
  {
    id: text('id').primaryKey(),
    label: text('label').notNull(),
    entityId: text('entity_id').notNull(),
    measure: text('measure').$type<Measure>().notNull(),
    unit: text('unit').$type<Unit>().notNull(),
    /** daily: one value per trading day; monthly: one per month (its date names the month). */
    frequency: text('frequency').$type<ReferenceFrequency>().notNull(),
    provider: text('provider').notNull(),
    licence: text('licence'),
    url: text('url'),
    /** When the provider's data were downloaded, YYYY-MM-DD. */
    retrieved: text('retrieved'),
    /** sha-256 of the imported file: loading the same file again is skipped. */
    hash: text('hash').notNull(),
    count: integer('count').notNull(),
    /** Rows of the file without a value (FRED's "."), skipped. */
    missing: integer('missing').notNull().default(0),
    first: text('first'),
    last: text('last'),
    importedAt: text('imported_at').notNull(),
  },
  (t) => [index('reference_series_key').on(t.entityId, t.measure, t.unit)],
);

export const referenceValues = sqliteTable(
  'reference_values',
  {
    seriesId: text('series_id')
      .notNull()
      .references(() => referenceSeries.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    value: real('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.seriesId, t.date] })],
);
