// Full-text search (SQLite FTS5, which libSQL and D1 both ship). The tables are virtual, which
// drizzle's schema language cannot declare (a sqliteTable here would make drizzle-kit emit a plain
// CREATE TABLE for them), so the custom migration 0005_search.sql creates them and the triggers
// that keep them in step; this file names them for the queries in src/db/repo/search.ts.
//
// - documents_fts(title, text): external content over documents, rowid = documents.id. Triggers on
//   documents insert, update and delete keep it in step: ingest, re-dating and deletes need no code.
// - series_fts(series_id UNINDEXED, label, entity): its own content, one row per series with its
//   entity's label; triggers on series insert, update and delete and on an entity's new label.
//   Gazetteer aliases are matched in code (src/search/aliases.ts): they live in
//   data/gazetteer.json, not in the database, and change without a migration.
//
// Tokenizer: porter over unicode61 without diacritics, so "exported" finds "exports" and
// "Kirkuk" finds "Kirkūk".
export const SEARCH_TABLES = { documents: 'documents_fts', series: 'series_fts' } as const;
