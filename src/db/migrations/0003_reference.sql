CREATE TABLE `reference_series` (
	`id` text PRIMARY KEY NOT NULL,
	`label` text NOT NULL,
	`entity_id` text NOT NULL,
	`measure` text NOT NULL,
	`unit` text NOT NULL,
	`frequency` text NOT NULL,
	`provider` text NOT NULL,
	`licence` text,
	`url` text,
	`retrieved` text,
	`hash` text NOT NULL,
	`count` integer NOT NULL,
	`missing` integer DEFAULT 0 NOT NULL,
	`first` text,
	`last` text,
	`imported_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `reference_series_key` ON `reference_series` (`entity_id`,`measure`,`unit`);--> statement-breakpoint
CREATE TABLE `reference_values` (
	`series_id` text NOT NULL,
	`date` text NOT NULL,
	`value` real NOT NULL,
	PRIMARY KEY(`series_id`, `date`),
	FOREIGN KEY (`series_id`) REFERENCES `reference_series`(`id`) ON UPDATE no action ON DELETE cascade
);
