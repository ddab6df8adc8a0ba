CREATE TABLE "calendar_local_days" (
	"region_code" char(12) NOT NULL,
	"id" uuid NOT NULL,
	"date" date NOT NULL,
	"kind" text NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid NOT NULL,
	CONSTRAINT "calendar_local_days_region_code_id_pk" PRIMARY KEY("region_code","id"),
	CONSTRAINT "calendar_local_days_region_date_uq" UNIQUE("region_code","date")
);
--> statement-breakpoint
CREATE TABLE "calendar_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"off_days" date[] NOT NULL,
	"work_days" date[] NOT NULL,
	"source" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
CREATE TABLE "centers" (
	"region_code" char(12) NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"address" text NOT NULL,
	"phone" text,
	"opening_hours" text NOT NULL,
	CONSTRAINT "centers_region_code_id_pk" PRIMARY KEY("region_code","id"),
	CONSTRAINT "centers_region_kind_uq" UNIQUE("region_code","kind")
);
--> statement-breakpoint
CREATE TABLE "departments" (
	"region_code" char(12) NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"stationing_mode" text NOT NULL,
	"phone" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "departments_region_code_id_pk" PRIMARY KEY("region_code","id"),
	CONSTRAINT "departments_name_uq" UNIQUE("region_code","name")
);
--> statement-breakpoint
CREATE TABLE "halls" (
	"region_code" char(12) NOT NULL,
	"id" uuid NOT NULL,
	"center_id" uuid NOT NULL,
	"name" text NOT NULL,
	"floor_count" smallint NOT NULL,
	CONSTRAINT "halls_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"code" char(12) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"parent_code" char(12)
);
--> statement-breakpoint
CREATE TABLE "staff" (
	"region_code" char(12) NOT NULL,
	"id" uuid NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"roles" text[] NOT NULL,
	"center_id" uuid,
	"department_id" uuid,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_region_code_id_pk" PRIMARY KEY("region_code","id"),
	CONSTRAINT "staff_username_uq" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "staff_sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"region_code" char(12) NOT NULL,
	"staff_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "windows" (
	"region_code" char(12) NOT NULL,
	"id" uuid NOT NULL,
	"center_id" uuid NOT NULL,
	"zone_id" uuid,
	"number" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"department_region_code" char(12),
	"department_id" uuid,
	"is_open" boolean DEFAULT true NOT NULL,
	CONSTRAINT "windows_region_code_id_pk" PRIMARY KEY("region_code","id"),
	CONSTRAINT "windows_center_number_uq" UNIQUE("region_code","center_id","number")
);
--> statement-breakpoint
CREATE TABLE "zones" (
	"region_code" char(12) NOT NULL,
	"id" uuid NOT NULL,
	"hall_id" uuid NOT NULL,
	"name" text NOT NULL,
	"floor" smallint NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "zones_region_code_id_pk" PRIMARY KEY("region_code","id"),
	CONSTRAINT "zones_hall_name_uq" UNIQUE("region_code","hall_id","name")
);
--> statement-breakpoint
ALTER TABLE "calendar_local_days" ADD CONSTRAINT "calendar_local_days_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "centers" ADD CONSTRAINT "centers_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "departments" ADD CONSTRAINT "departments_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "halls" ADD CONSTRAINT "halls_region_code_center_id_centers_region_code_id_fk" FOREIGN KEY ("region_code","center_id") REFERENCES "public"."centers"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff" ADD CONSTRAINT "staff_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_sessions" ADD CONSTRAINT "staff_sessions_region_code_staff_id_staff_region_code_id_fk" FOREIGN KEY ("region_code","staff_id") REFERENCES "public"."staff"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "windows" ADD CONSTRAINT "windows_region_code_center_id_centers_region_code_id_fk" FOREIGN KEY ("region_code","center_id") REFERENCES "public"."centers"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "windows" ADD CONSTRAINT "windows_region_code_zone_id_zones_region_code_id_fk" FOREIGN KEY ("region_code","zone_id") REFERENCES "public"."zones"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "windows" ADD CONSTRAINT "windows_department_region_code_department_id_departments_region_code_id_fk" FOREIGN KEY ("department_region_code","department_id") REFERENCES "public"."departments"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zones" ADD CONSTRAINT "zones_region_code_hall_id_halls_region_code_id_fk" FOREIGN KEY ("region_code","hall_id") REFERENCES "public"."halls"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "regions_parent_idx" ON "regions" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "staff_sessions_staff_idx" ON "staff_sessions" USING btree ("region_code","staff_id");