CREATE TABLE "item_revisions" (
	"region_code" char(12) NOT NULL,
	"id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"state" text NOT NULL,
	"change_kind" text NOT NULL,
	"reason" text,
	"effective_on" date,
	"effective_until" date,
	"content" jsonb NOT NULL,
	"name" text NOT NULL,
	"category" text NOT NULL,
	"subjects" text[] NOT NULL,
	"themes" text[] NOT NULL,
	"search_text" text NOT NULL,
	"delegated_to_region_code" char(12),
	"delegated_to_item_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"published_by" uuid,
	"published_at" timestamp with time zone,
	CONSTRAINT "item_revisions_region_code_id_pk" PRIMARY KEY("region_code","id"),
	CONSTRAINT "item_revisions_version_uq" UNIQUE("region_code","item_id","version")
);
--> statement-breakpoint
CREATE TABLE "items" (
	"region_code" char(12) NOT NULL,
	"id" uuid NOT NULL,
	"implementation_code" text NOT NULL,
	"department_id" uuid NOT NULL,
	"hot_rank" integer,
	"delegated_from_region_code" char(12),
	"delegated_from_item_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "items_region_code_id_pk" PRIMARY KEY("region_code","id"),
	CONSTRAINT "items_implementation_code_uq" UNIQUE("implementation_code")
);
--> statement-breakpoint
CREATE TABLE "themes" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"audience" text NOT NULL,
	"description" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "window_items" (
	"region_code" char(12) NOT NULL,
	"window_id" uuid NOT NULL,
	"item_region_code" char(12) NOT NULL,
	"item_id" uuid NOT NULL,
	CONSTRAINT "window_items_region_code_window_id_item_region_code_item_id_pk" PRIMARY KEY("region_code","window_id","item_region_code","item_id")
);
--> statement-breakpoint
ALTER TABLE "windows" ADD COLUMN "on_duty_staff_id" uuid;--> statement-breakpoint
ALTER TABLE "item_revisions" ADD CONSTRAINT "item_revisions_region_code_item_id_items_region_code_id_fk" FOREIGN KEY ("region_code","item_id") REFERENCES "public"."items"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "items" ADD CONSTRAINT "items_region_code_department_id_departments_region_code_id_fk" FOREIGN KEY ("region_code","department_id") REFERENCES "public"."departments"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "window_items" ADD CONSTRAINT "window_items_region_code_window_id_windows_region_code_id_fk" FOREIGN KEY ("region_code","window_id") REFERENCES "public"."windows"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "window_items" ADD CONSTRAINT "window_items_item_region_code_item_id_items_region_code_id_fk" FOREIGN KEY ("item_region_code","item_id") REFERENCES "public"."items"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "item_revisions_one_draft_uq" ON "item_revisions" USING btree ("region_code","item_id") WHERE "item_revisions"."state" = 'draft';--> statement-breakpoint
CREATE INDEX "window_items_item_idx" ON "window_items" USING btree ("item_region_code","item_id");