CREATE TABLE "shipment_events" (
	"region_code" char(12) NOT NULL,
	"id" uuid NOT NULL,
	"shipment_id" uuid NOT NULL,
	"event_key" text NOT NULL,
	"status" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"description" text NOT NULL,
	"location" text,
	"signed_by" text,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "shipment_events_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "shipments" (
	"region_code" char(12) NOT NULL,
	"id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"case_number" text NOT NULL,
	"center_id" uuid NOT NULL,
	"applicant_id" uuid,
	"carrier" text NOT NULL,
	"status" text NOT NULL,
	"tracking_number" text,
	"carrier_name" text,
	"label_text" text,
	"contents" text NOT NULL,
	"declared_content" text NOT NULL,
	"recipient_name" text NOT NULL,
	"recipient_mobile_cipher" text NOT NULL,
	"recipient_province" text,
	"recipient_city" text,
	"recipient_district" text,
	"recipient_address_cipher" text NOT NULL,
	"recipient_postcode" text,
	"sender_name" text NOT NULL,
	"sender_phone" text,
	"sender_province" text,
	"sender_city" text,
	"sender_district" text,
	"sender_address" text NOT NULL,
	"sender_staff_name" text,
	"created_at" timestamp with time zone NOT NULL,
	"booking_due_at" timestamp with time zone,
	"booking_attempts" integer DEFAULT 0 NOT NULL,
	"booking_error" text,
	"booked_at" timestamp with time zone,
	"next_poll_at" timestamp with time zone,
	"last_polled_at" timestamp with time zone,
	"status_changed_at" timestamp with time zone NOT NULL,
	"delivered_at" timestamp with time zone,
	"received_by" text,
	CONSTRAINT "shipments_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
ALTER TABLE "shipment_events" ADD CONSTRAINT "shipment_events_region_code_shipment_id_shipments_region_code_id_fk" FOREIGN KEY ("region_code","shipment_id") REFERENCES "public"."shipments"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipments" ADD CONSTRAINT "shipments_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "shipment_events_key_uq" ON "shipment_events" USING btree ("region_code","shipment_id","event_key");--> statement-breakpoint
CREATE UNIQUE INDEX "shipments_id_uq" ON "shipments" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "shipments_tracking_number_uq" ON "shipments" USING btree ("carrier","tracking_number");--> statement-breakpoint
CREATE UNIQUE INDEX "shipments_case_open_uq" ON "shipments" USING btree ("case_id") WHERE status in ('pending','booked','accepted','in_transit','out_for_delivery','delivery_failed');--> statement-breakpoint
CREATE INDEX "shipments_case_idx" ON "shipments" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "shipments_center_idx" ON "shipments" USING btree ("region_code","center_id","created_at");--> statement-breakpoint
CREATE INDEX "shipments_booking_due_idx" ON "shipments" USING btree ("booking_due_at") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "shipments_poll_due_idx" ON "shipments" USING btree ("next_poll_at") WHERE status in ('booked','accepted','in_transit','out_for_delivery','delivery_failed');--> statement-breakpoint
COMMENT ON TABLE "shipments" IS '寄送: a case result posted to the applicant. Created pending in the release transaction; the delivery.book job books it with the carrier (client reference = id) and the delivery.track job reads its trail until delivered or returned. Mobile and street address are SM4-encrypted.';--> statement-breakpoint
COMMENT ON TABLE "shipment_events" IS '物流轨迹: one row per carrier scan of a shipment, unique by the carrier''s event key, so every poll records each scan once.';
