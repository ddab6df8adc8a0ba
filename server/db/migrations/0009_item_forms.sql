CREATE TABLE "item_forms" (
	"region_code" char(12) NOT NULL,
	"id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"material_name" text NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" char(64) NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "item_forms_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
ALTER TABLE "item_forms" ADD CONSTRAINT "item_forms_region_code_item_id_items_region_code_id_fk" FOREIGN KEY ("region_code","item_id") REFERENCES "public"."items"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "item_forms_id_uq" ON "item_forms" USING btree ("id");--> statement-breakpoint
CREATE INDEX "item_forms_item_idx" ON "item_forms" USING btree ("region_code","item_id");--> statement-breakpoint
COMMENT ON TABLE "item_forms" IS '表格下载: a blank form or a filled-in sample for one material (by name) of an item; the bytes are in the file store under storage_key.';
