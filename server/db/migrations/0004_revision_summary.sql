ALTER TABLE "item_revisions" ADD COLUMN "keywords" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "item_revisions" ADD COLUMN "handling_kind" text DEFAULT 'promised' NOT NULL;--> statement-breakpoint
ALTER TABLE "item_revisions" ADD COLUMN "statutory_limit_days" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "item_revisions" ADD COLUMN "promised_limit_days" integer;--> statement-breakpoint
ALTER TABLE "item_revisions" ADD COLUMN "visits_required" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "item_revisions" ADD COLUMN "online_depth" smallint[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
UPDATE "item_revisions" SET
  "keywords" = ARRAY(SELECT jsonb_array_elements_text("content"->'keywords')),
  "handling_kind" = "content"->>'handlingKind',
  "statutory_limit_days" = ("content"->>'statutoryLimitDays')::int,
  "promised_limit_days" = ("content"->>'promisedLimitDays')::int,
  "visits_required" = ("content"->>'visitsRequired')::smallint,
  "online_depth" = ARRAY(SELECT jsonb_array_elements_text("content"->'onlineDepth')::smallint);
