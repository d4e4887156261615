CREATE TABLE `audit` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`by` text NOT NULL,
	`action` text NOT NULL,
	`document_id` integer,
	`target` text NOT NULL,
	`old` text,
	`new` text
);
--> statement-breakpoint
CREATE INDEX `audit_document` ON `audit` (`document_id`,`id`);--> statement-breakpoint
CREATE TABLE `corrections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`kind` text NOT NULL,
	`action` text NOT NULL,
	`changes` text NOT NULL,
	`figure` text NOT NULL,
	`by` text NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `corrections_key` ON `corrections` (`document_id`,`start`,`end`,`kind`);--> statement-breakpoint
CREATE TABLE `filing_rules` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`from` text NOT NULL,
	`to` text NOT NULL,
	`by` text NOT NULL,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `filing_rules_key` ON `filing_rules` (`kind`,`from`);