-- The audit log is append-only. The one change allowed is sealing: filling seq, prev_hash and hash of a
-- record that has none, leaving every other column as it was.
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.hash IS NULL AND NEW.hash IS NOT NULL AND NEW.seq IS NOT NULL
     AND NEW.prev_hash IS NOT NULL
     AND (NEW.region_code, NEW.id, NEW.stream, NEW.at, NEW.actor_kind, NEW.actor_id, NEW.actor_name,
          NEW.actor_roles, NEW.action, NEW.target_type, NEW.target_id, NEW.before_digest,
          NEW.after_digest, NEW.summary, NEW.client_address)
         IS NOT DISTINCT FROM
         (OLD.region_code, OLD.id, OLD.stream, OLD.at, OLD.actor_kind, OLD.actor_id, OLD.actor_name,
          OLD.actor_roles, OLD.action, OLD.target_type, OLD.target_id, OLD.before_digest,
          OLD.after_digest, OLD.summary, OLD.client_address) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
COMMENT ON TABLE audit_log IS 'Append-only audit records, sealed into SM3 hash chains per stream (region + local day) by the audit.seal job; verify with onewindow verify-audit';
--> statement-breakpoint
COMMENT ON TABLE outbox_events IS 'Transactional outbox: events committed with their change, dispatched to subscribers and SSE clients after commit';
