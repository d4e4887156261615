-- Full-text search tables (FTS5) and the triggers that keep them in step with documents, series
-- and entities; see src/db/schema-search.ts. Custom: drizzle cannot declare virtual tables.
CREATE VIRTUAL TABLE `documents_fts` USING fts5(title, text, content='documents', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `documents_fts_insert` AFTER INSERT ON `documents` BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `documents_fts_delete` AFTER DELETE ON `documents` BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
--> statement-breakpoint
CREATE TRIGGER `documents_fts_update` AFTER UPDATE OF title, text ON `documents` BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
--> statement-breakpoint
INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
--> statement-breakpoint
CREATE VIRTUAL TABLE `series_fts` USING fts5(series_id UNINDEXED, label, entity, tokenize='porter unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `series_fts_insert` AFTER INSERT ON `series` BEGIN
  INSERT INTO series_fts(series_id, label, entity) VALUES (new.id, new.label, (SELECT label FROM entities WHERE id = new.entity_id));
END;
--> statement-breakpoint
CREATE TRIGGER `series_fts_delete` AFTER DELETE ON `series` BEGIN
  DELETE FROM series_fts WHERE series_id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `series_fts_update` AFTER UPDATE ON `series` BEGIN
  DELETE FROM series_fts WHERE series_id = old.id;
  INSERT INTO series_fts(series_id, label, entity) VALUES (new.id, new.label, (SELECT label FROM entities WHERE id = new.entity_id));
END;
--> statement-breakpoint
CREATE TRIGGER `series_fts_entity_label` AFTER UPDATE OF label ON `entities` BEGIN
  UPDATE series_fts SET entity = new.label WHERE series_id IN (SELECT id FROM series WHERE entity_id = new.id);
END;
--> statement-breakpoint
INSERT INTO series_fts(series_id, label, entity) SELECT s.id, s.label, e.label FROM series s LEFT JOIN entities e ON e.id = s.entity_id;
