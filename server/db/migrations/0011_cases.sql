CREATE TABLE "case_counters" (
	"day" date NOT NULL,
	"region_code" char(12) NOT NULL,
	"department_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"window_id" uuid NOT NULL,
	"received" integer DEFAULT 0 NOT NULL,
	"accepted" integer DEFAULT 0 NOT NULL,
	"rejected" integer DEFAULT 0 NOT NULL,
	"concluded" integer DEFAULT 0 NOT NULL,
	"concluded_on_time" integer DEFAULT 0 NOT NULL,
	"immediate" integer DEFAULT 0 NOT NULL,
	"released" integer DEFAULT 0 NOT NULL,
	"posted" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "case_counters_day_region_code_department_id_item_id_window_id_pk" PRIMARY KEY("day","region_code","department_id","item_id","window_id")
);
--> statement-breakpoint
CREATE TABLE "case_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"tx_id" bigint DEFAULT pg_current_xact_id()::text::bigint NOT NULL,
	"region_code" char(12) NOT NULL,
	"case_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" text,
	"actor_name" text,
	"summary" text NOT NULL,
	"note" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_materials" (
	"region_code" char(12) NOT NULL,
	"case_id" uuid NOT NULL,
	"index" smallint NOT NULL,
	"name" text NOT NULL,
	"required" boolean NOT NULL,
	"deferrable" boolean NOT NULL,
	"status" text NOT NULL,
	"reason" text,
	"deferred_until" date,
	"file_name" text,
	"content_type" text,
	"size" integer,
	"sha256" char(64),
	"storage_key" text,
	"reused_from_case_id" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "case_materials_region_code_case_id_index_pk" PRIMARY KEY("region_code","case_id","index")
);
--> statement-breakpoint
CREATE TABLE "case_notices" (
	"region_code" char(12) NOT NULL,
	"id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"number" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"issued_by" uuid,
	"content" jsonb NOT NULL,
	CONSTRAINT "case_notices_region_code_id_pk" PRIMARY KEY("region_code","id"),
	CONSTRAINT "case_notices_number_uq" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "case_sequences" (
	"scope" text NOT NULL,
	"next" integer NOT NULL,
	CONSTRAINT "case_sequences_scope_pk" PRIMARY KEY("scope")
);
--> statement-breakpoint
CREATE TABLE "case_steps" (
	"region_code" char(12) NOT NULL,
	"case_id" uuid NOT NULL,
	"index" smallint NOT NULL,
	"kind" text DEFAULT 'step' NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"limit_days" integer NOT NULL,
	"department_id" uuid,
	"assignee_id" uuid,
	"status" text NOT NULL,
	"started_at" timestamp with time zone,
	"answer_by" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"completed_by" uuid,
	"outcome" text,
	"opinion" text,
	CONSTRAINT "case_steps_region_code_case_id_index_pk" PRIMARY KEY("region_code","case_id","index")
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"region_code" char(12) NOT NULL,
	"id" uuid NOT NULL,
	"case_number" text,
	"state" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"channel" text NOT NULL,
	"item_region_code" char(12) NOT NULL,
	"item_id" uuid NOT NULL,
	"revision_id" uuid NOT NULL,
	"item_name" text NOT NULL,
	"department_id" uuid NOT NULL,
	"center_id" uuid,
	"window_id" uuid,
	"handling_kind" text NOT NULL,
	"promised_limit_days" integer NOT NULL,
	"statutory_limit_days" integer NOT NULL,
	"applicant_id" uuid,
	"applicant_kind" text NOT NULL,
	"applicant_name" text NOT NULL,
	"applicant_id_type" text NOT NULL,
	"applicant_id_encrypted" text NOT NULL,
	"applicant_id_index" text NOT NULL,
	"applicant_mobile_encrypted" text NOT NULL,
	"agent" jsonb,
	"assisted_by" uuid,
	"form_data" jsonb NOT NULL,
	"delivery_method" text DEFAULT 'window' NOT NULL,
	"delivery_address" jsonb,
	"query_code_encrypted" text,
	"query_failures" smallint DEFAULT 0 NOT NULL,
	"query_locked_until" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"received_at" timestamp with time zone,
	"notice_due_on" date,
	"accepted_at" timestamp with time zone,
	"accepted_by" uuid,
	"deemed_accepted" boolean DEFAULT false NOT NULL,
	"clock_events" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"due_on" date,
	"due_provisional" boolean DEFAULT false NOT NULL,
	"correction_count" smallint DEFAULT 0 NOT NULL,
	"outcome" text,
	"concluded_at" timestamp with time zone,
	"concluded_on_time" boolean,
	"release_due_on" date,
	"released_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"flags" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "cases_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
ALTER TABLE "case_materials" ADD CONSTRAINT "case_materials_region_code_case_id_cases_region_code_id_fk" FOREIGN KEY ("region_code","case_id") REFERENCES "public"."cases"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_steps" ADD CONSTRAINT "case_steps_region_code_case_id_cases_region_code_id_fk" FOREIGN KEY ("region_code","case_id") REFERENCES "public"."cases"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_history_case_idx" ON "case_history" USING btree ("case_id","id");--> statement-breakpoint
CREATE INDEX "case_history_tx_idx" ON "case_history" USING btree ("tx_id");--> statement-breakpoint
CREATE UNIQUE INDEX "case_notices_id_uq" ON "case_notices" USING btree ("id");--> statement-breakpoint
CREATE INDEX "case_notices_case_idx" ON "case_notices" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_steps_assignee_idx" ON "case_steps" USING btree ("assignee_id") WHERE "case_steps"."status" = 'active';--> statement-breakpoint
CREATE INDEX "case_steps_answer_by_idx" ON "case_steps" USING btree ("answer_by") WHERE "case_steps"."status" = 'active' AND "case_steps"."kind" = 'countersign';--> statement-breakpoint
CREATE UNIQUE INDEX "cases_id_uq" ON "cases" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_number_uq" ON "cases" USING btree ("case_number");--> statement-breakpoint
CREATE INDEX "cases_applicant_idx" ON "cases" USING btree ("applicant_id","created_at");--> statement-breakpoint
CREATE INDEX "cases_applicant_id_index_idx" ON "cases" USING btree ("applicant_id_index");--> statement-breakpoint
CREATE INDEX "cases_department_open_idx" ON "cases" USING btree ("region_code","department_id","due_on") WHERE "cases"."closed_at" IS NULL;--> statement-breakpoint
CREATE INDEX "cases_center_state_idx" ON "cases" USING btree ("region_code","center_id","state") WHERE "cases"."closed_at" IS NULL;