CREATE TABLE `documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`hash` text NOT NULL,
	`title` text,
	`source` text,
	`url` text,
	`published` text,
	`published_source` text NOT NULL,
	`text` text NOT NULL,
	`ingested_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `documents_hash_unique` ON `documents` (`hash`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` text PRIMARY KEY NOT NULL,
	`date` text NOT NULL,
	`label` text NOT NULL,
	`aliases` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `figures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`ordinal` integer NOT NULL,
	`series_id` text NOT NULL,
	`value` real NOT NULL,
	`unit` text NOT NULL,
	`low` real,
	`high` real,
	`approx` integer NOT NULL,
	`kind` text NOT NULL,
	`as_of` text,
	`as_of_to` text,
	`subject` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`text` text NOT NULL,
	`sentence` text NOT NULL,
	`attribution` text,
	`confidence` real NOT NULL,
	`tags` text NOT NULL,
	`derived_from` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`series_id`) REFERENCES `series`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `figures_document_ordinal` ON `figures` (`document_id`,`ordinal`);--> statement-breakpoint
CREATE INDEX `figures_series_as_of` ON `figures` (`series_id`,`as_of`,`id`);--> statement-breakpoint
CREATE INDEX `figures_as_of` ON `figures` (`as_of`,`id`);--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `series` (
	`id` text PRIMARY KEY NOT NULL,
	`label` text NOT NULL,
	`unit` text NOT NULL
);
