CREATE TABLE `entities` (
	`id` text PRIMARY KEY NOT NULL,
	`label` text NOT NULL,
	`kind` text,
	`part_of` text,
	`listed` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `figures` ADD `proposed_series` text;--> statement-breakpoint
ALTER TABLE `figures` ADD `measure` text DEFAULT 'other' NOT NULL;--> statement-breakpoint
ALTER TABLE `figures` ADD `per` text;--> statement-breakpoint
ALTER TABLE `series` ADD `entity_id` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `series` ADD `measure` text DEFAULT 'other' NOT NULL;--> statement-breakpoint
ALTER TABLE `series` ADD `per` text;--> statement-breakpoint
CREATE INDEX `series_entity` ON `series` (`entity_id`);