CREATE TABLE `feed_items` (
	`feed_url` text NOT NULL,
	`key` text NOT NULL,
	`link` text NOT NULL,
	`published` text,
	`state` text NOT NULL,
	`document_id` integer,
	`problem` text,
	`seen_at` text NOT NULL,
	PRIMARY KEY(`feed_url`, `key`)
);
--> statement-breakpoint
CREATE TABLE `feeds` (
	`url` text PRIMARY KEY NOT NULL,
	`name` text,
	`etag` text,
	`last_modified` text,
	`checked_at` text,
	`last_result` text
);
