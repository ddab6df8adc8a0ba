ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_stream_seq_uq";--> statement-breakpoint
DROP INDEX "outbox_events_created_idx";--> statement-breakpoint
CREATE UNIQUE INDEX "audit_log_stream_seq_uq" ON "audit_log" USING btree ("stream","seq") WHERE "audit_log"."seq" is not null;