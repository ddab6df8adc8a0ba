CREATE TABLE "license_keys" (
	"region_code" char(12) NOT NULL,
	"id" uuid NOT NULL,
	"center_id" uuid NOT NULL,
	"sequence" integer NOT NULL,
	"public_key" text NOT NULL,
	"private_key_encrypted" text NOT NULL,
	"fingerprint" char(64) NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "license_keys_region_code_id_pk" PRIMARY KEY("region_code","id"),
	CONSTRAINT "license_keys_center_sequence_uq" UNIQUE("center_id","sequence")
);--> statement-breakpoint
--> statement-breakpoint
CREATE TABLE "license_number_counters" (
	"prefix" char(6) NOT NULL,
	"year" integer NOT NULL,
	"last_value" integer NOT NULL,
	CONSTRAINT "license_number_counters_prefix_year_pk" PRIMARY KEY("prefix","year")
);--> statement-breakpoint
--> statement-breakpoint
CREATE TABLE "license_renewals" (
	"region_code" char(12) NOT NULL,
	"id" uuid NOT NULL,
	"license_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"applied_on" date NOT NULL,
	"is_timely" boolean NOT NULL,
	"outcome" text NOT NULL,
	"valid_until_at_application" date NOT NULL,
	"decided_on" date,
	"new_valid_until" date,
	"reason" text,
	"created_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	CONSTRAINT "license_renewals_region_code_id_pk" PRIMARY KEY("region_code","id"),
	CONSTRAINT "license_renewals_case_uq" UNIQUE("case_id")
);--> statement-breakpoint
--> statement-breakpoint
CREATE TABLE "licenses" (
	"region_code" char(12) NOT NULL,
	"id" uuid NOT NULL,
	"license_number" text NOT NULL,
	"verification_code" char(12) NOT NULL,
	"case_id" uuid NOT NULL,
	"case_number" text NOT NULL,
	"center_id" uuid NOT NULL,
	"center_name" text NOT NULL,
	"department_name" text NOT NULL,
	"item_id" uuid NOT NULL,
	"item_name" text NOT NULL,
	"license_name" text NOT NULL,
	"holder_name" text NOT NULL,
	"holder_kind" text NOT NULL,
	"holder_id_number_masked" text,
	"holder_id_number_encrypted" text,
	"holder_mobile_encrypted" text,
	"issued_on" date NOT NULL,
	"original_valid_until" date,
	"valid_until" date,
	"content" jsonb NOT NULL,
	"renewal" jsonb,
	"key_id" uuid NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	"signature" text NOT NULL,
	"revoked_at" timestamp with time zone,
	"revocation_reason" text,
	"reminded_for_valid_until" date,
	"created_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "licenses_region_code_id_pk" PRIMARY KEY("region_code","id"),
	CONSTRAINT "licenses_number_uq" UNIQUE("license_number"),
	CONSTRAINT "licenses_verification_code_uq" UNIQUE("verification_code")
);--> statement-breakpoint
--> statement-breakpoint
ALTER TABLE "license_keys" ADD CONSTRAINT "license_keys_region_code_center_id_centers_region_code_id_fk" FOREIGN KEY ("region_code","center_id") REFERENCES "public"."centers"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "license_renewals" ADD CONSTRAINT "license_renewals_region_code_license_id_licenses_region_code_id_fk" FOREIGN KEY ("region_code","license_id") REFERENCES "public"."licenses"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licenses" ADD CONSTRAINT "licenses_region_code_center_id_centers_region_code_id_fk" FOREIGN KEY ("region_code","center_id") REFERENCES "public"."centers"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licenses" ADD CONSTRAINT "licenses_region_code_key_id_license_keys_region_code_id_fk" FOREIGN KEY ("region_code","key_id") REFERENCES "public"."license_keys"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "license_keys_id_uq" ON "license_keys" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "license_renewals_pending_uq" ON "license_renewals" USING btree ("license_id") WHERE "license_renewals"."outcome" = 'pending';--> statement-breakpoint
CREATE INDEX "license_renewals_license_idx" ON "license_renewals" USING btree ("region_code","license_id");--> statement-breakpoint
CREATE UNIQUE INDEX "licenses_id_uq" ON "licenses" USING btree ("id");--> statement-breakpoint
CREATE INDEX "licenses_case_idx" ON "licenses" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "licenses_expiring_idx" ON "licenses" USING btree ("valid_until") WHERE "licenses"."revoked_at" is null and "licenses"."valid_until" is not null;--> statement-breakpoint
COMMENT ON TABLE "license_keys" IS 'SM2 signing keys of an issuing center: the highest sequence signs, older keys still verify what they signed; the private key is SM4-encrypted with the data key.';--> statement-breakpoint
COMMENT ON TABLE "licenses" IS '电子证照: one e-license issued by a concluded case, with its SM2 signature over the signed fields (docs/licenses.md); status (revoked, expired) is not signed.';--> statement-breakpoint
COMMENT ON TABLE "license_number_counters" IS '证照编号 sequences per county prefix and year, incremented under the row lock (upsert).';--> statement-breakpoint
COMMENT ON TABLE "license_renewals" IS '延续申请 (行政许可法 §50): a timely application (30 days before expiry) left undecided at expiry is deemed granted.';
