// The stored shape of flowline: documents, the entities and series their figures belong to, the
// figures themselves (each with its evidence span) and the events comparisons are anchored on.
// Observations (agreeing reports counted once) are not stored: src/series/observations.ts says why.
// Written with sqlite-core only so the same schema serves libSQL (file, sqld) and Cloudflare D1.
import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { DateSource, FigureKind, Measure, Per, Unit } from '../extract/types';

export const documents = sqliteTable('documents', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** sha-256 hex of the text: the same article twice is one document. */
  hash: text('hash').notNull().unique(),
  title: text('title'),
  source: text('source'),
  url: text('url'),
  published: text('published'),
  publishedSource: text('published_source').$type<DateSource>().notNull(),
  text: text('text').notNull(),
  ingestedAt: text('ingested_at').notNull(),
});

/**
 * What figures are about, resolved through data/gazetteer.json (src/series/entities.ts): a listed
 * entity keeps its gazetteer id, kind and group; a name the gazetteer does not list still gets a
 * row (listed false, kind null) so a curator can map it to a listed one later.
 */
export const entities = sqliteTable('entities', {
  id: text('id').primaryKey(),
  label: text('label').notNull(),
  kind: text('kind'),
  /** The group entity it is part of (a field of the Kirkuk fields), if any. */
  partOf: text('part_of'),
  listed: integer('listed', { mode: 'boolean' }).notNull(),
});

/**
 * One series per entity × measure × unit × period basis (src/series/key.ts); the label says all
 * four. Rows from before migration 0001 have entity '' and measure 'other' (their figures were
 * stored without a measure): re-extracting their documents files them under the new ids.
 */
export const series = sqliteTable(
  'series',
  {
    id: text('id').primaryKey(),
    label: text('label').notNull(),
    unit: text('unit').$type<Unit>().notNull(),
    entityId: text('entity_id').notNull().default(''),
    measure: text('measure').$type<Measure>().notNull().default('other'),
    /** Period basis of a flow of money ("USD per month"); null for stocks and for rates like bbl/d. */
    per: text('per').$type<Per>(),
  },
  (t) => [index('series_entity').on(t.entityId)],
);

export const figures = sqliteTable(
  'figures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    /** Index in the document's extract result; derivedFrom refers to these before ids exist. */
    ordinal: integer('ordinal').notNull(),
    /** The canonical series (src/series/key.ts), which may differ from what the extractor proposed. */
    seriesId: text('series_id')
      .notNull()
      .references(() => series.id),
    /** The extractor's own series id, kept so a later change of the gazetteer can refile the figure. */
    proposedSeries: text('proposed_series'),
    measure: text('measure').$type<Measure>().notNull().default('other'),
    per: text('per').$type<Per>(),
    value: real('value').notNull(),
    unit: text('unit').$type<Unit>().notNull(),
    low: real('low'),
    high: real('high'),
    approx: integer('approx', { mode: 'boolean' }).notNull(),
    kind: text('kind').$type<FigureKind>().notNull(),
    asOf: text('as_of'),
    asOfTo: text('as_of_to'),
    subject: text('subject').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    text: text('text').notNull(),
    sentence: text('sentence').notNull(),
    attribution: text('attribution'),
    confidence: real('confidence').notNull(),
    tags: text('tags', { mode: 'json' }).$type<string[]>().notNull(),
    derivedFrom: text('derived_from', { mode: 'json' }).$type<number[]>().notNull(),
  },
  (t) => [
    uniqueIndex('figures_document_ordinal').on(t.documentId, t.ordinal),
    index('figures_series_as_of').on(t.seriesId, t.asOf, t.id),
    index('figures_as_of').on(t.asOf, t.id),
  ],
);

export const events = sqliteTable('events', {
  id: text('id').primaryKey(),
  date: text('date').notNull(),
  label: text('label').notNull(),
  aliases: text('aliases', { mode: 'json' }).$type<string[]>().notNull(),
});

/**
 * Small key/value facts about the data. `data_version` is bumped by every ingest that adds a
 * document, in the same batch, so ETags derived from it change exactly when the data does.
 */
export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: integer('value').notNull().default(sql`0`),
});

/**
 * An analyst's word on one figure, keyed by what survives re-extraction: the document and the span
 * of the figure's words, plus the kind the extractor gave it (one span may give a level and a
 * derived figure). `changes` holds only the fields the analyst set; `figure` the whole figure as
 * the analyst left it, so it is kept even when a later extractor no longer finds those words.
 */
export const corrections = sqliteTable(
  'corrections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    kind: text('kind').$type<FigureKind>().notNull(),
    action: text('action').$type<'correct' | 'reject' | 'confirm'>().notNull(),
    changes: text('changes', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    figure: text('figure', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    by: text('by').notNull(),
    at: text('at').notNull(),
  },
  (t) => [uniqueIndex('corrections_key').on(t.documentId, t.start, t.end, t.kind)],
);

/**
 * Every change an analyst made, old → new, when and under which token name. No foreign key: the
 * record of a deleted document must outlive it.
 */
export const audit = sqliteTable(
  'audit',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    by: text('by').notNull(),
    /** e.g. figure.correct, figure.reject, figure.confirm, document.published, document.delete. */
    action: text('action').notNull(),
    documentId: integer('document_id'),
    /** What was changed, for people: "figure '300,000 barrels per day' in document 4". */
    target: text('target').notNull(),
    old: text('old', { mode: 'json' }),
    new: text('new', { mode: 'json' }),
  },
  (t) => [index('audit_document').on(t.documentId, t.id)],
);

/**
 * An analyst's filing rules, applied whenever figures are stored (ingest, re-extraction), so they
 * hold for articles not yet written: `entity` files an unlisted name (`from`, an entity id) under
 * a listed entity (`to`); `merge` files every figure of series `from` under series `to`.
 */
export const filingRules = sqliteTable(
  'filing_rules',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind').$type<'entity' | 'merge'>().notNull(),
    from: text('from').notNull(),
    to: text('to').notNull(),
    by: text('by').notNull(),
    at: text('at').notNull(),
  },
  (t) => [uniqueIndex('filing_rules_key').on(t.kind, t.from)],
);
export * from './schema-reference';
export * from './schema-feeds';
export * from './schema-search';
