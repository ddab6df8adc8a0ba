-- One record per change: the audit record carries the change's event (topic and payload), so the
-- outbox is the audit log itself. Records are never updated: their places in the hash chains move to
-- the append-only audit_seals table, and a block-range index replaces the B-trees a write paid for.

CREATE TABLE "audit_seals" (
	"stream" text NOT NULL,
	"seq" bigint NOT NULL,
	"record_id" bigint NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_seals_stream_seq_pk" PRIMARY KEY("stream","seq")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "audit_seals_record_uq" ON "audit_seals" USING btree ("record_id");
--> statement-breakpoint
INSERT INTO "audit_seals" ("stream", "seq", "record_id", "prev_hash", "hash")
  SELECT "stream", "seq", "id", "prev_hash", "hash" FROM "audit_log" WHERE "hash" IS NOT NULL;
--> statement-breakpoint
CREATE TABLE "audit_seal_cursor" (
	"one" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"record_id" bigint NOT NULL,
	"gap_end" bigint,
	"gap_xmax" bigint,
	CONSTRAINT "audit_seal_cursor_one" CHECK ("audit_seal_cursor"."one")
);
--> statement-breakpoint
-- Sealing goes on from the first record not sealed yet; later ones sealed before are passed over.
INSERT INTO "audit_seal_cursor" ("one", "record_id")
  SELECT true, coalesce((SELECT min("id") - 1 FROM "audit_log" WHERE "hash" IS NULL), (SELECT max("id") FROM "audit_log"), 0);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "topic" text;
--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "payload" jsonb;
--> statement-breakpoint
DROP INDEX "audit_log_stream_seq_uq";
--> statement-breakpoint
DROP INDEX "audit_log_unsealed_idx";
--> statement-breakpoint
DROP INDEX "audit_log_region_at_idx";
--> statement-breakpoint
ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_region_code_id_pk";
--> statement-breakpoint
ALTER TABLE "audit_log" ADD PRIMARY KEY ("id");
--> statement-breakpoint
ALTER TABLE "audit_log" DROP COLUMN "seq";
--> statement-breakpoint
ALTER TABLE "audit_log" DROP COLUMN "prev_hash";
--> statement-breakpoint
ALTER TABLE "audit_log" DROP COLUMN "hash";
--> statement-breakpoint
CREATE INDEX "audit_log_at_brin" ON "audit_log" USING brin ("at");
--> statement-breakpoint
DROP TABLE "outbox_events";
--> statement-breakpoint
-- Nothing is ever changed or removed any more, in the records or in their seals.
CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_seals_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_seals
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_seals_no_truncate BEFORE TRUNCATE ON audit_seals
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
COMMENT ON TABLE audit_log IS 'Append-only change records: the audit record of every state change, with the event it publishes; sealed into SM3 hash chains per stream (region + local day) in audit_seals by the audit.seal job; verify with onewindow verify-audit';
--> statement-breakpoint
COMMENT ON TABLE audit_seals IS 'Append-only: each audit record''s place in its stream''s SM3 hash chain';
