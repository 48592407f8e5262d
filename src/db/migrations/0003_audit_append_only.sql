-- The audit log is append-only: no UPDATE ever, and DELETE only of rows past the retention
-- period (400 days), so a purge can run but history cannot be rewritten. A trigger, not a
-- grant, so the rule holds for the application's own role on PostgreSQL and on PGlite.
CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'TRUNCATE') THEN
    RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP;
  END IF;
  IF OLD.at > now() - interval '400 days' THEN
    RAISE EXCEPTION 'audit_events is append-only: rows younger than 400 days cannot be deleted';
  END IF;
  RETURN OLD;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only
  BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate
  BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
