CREATE TABLE "audit_chain" (
	"id" integer PRIMARY KEY NOT NULL,
	"length" bigint NOT NULL,
	"head" text NOT NULL,
	CONSTRAINT "audit_chain_one_row" CHECK ("audit_chain"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "health_probe" (
	"id" integer PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
-- Hand-edited: UNLOGGED (drizzle-kit cannot say it). Counters need no crash safety.
CREATE UNLOGGED TABLE "rate_limit_counters" (
	"bucket" text NOT NULL,
	"key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer NOT NULL,
	"last_at" timestamp with time zone NOT NULL,
	"prev_at" timestamp with time zone,
	CONSTRAINT "rate_limit_counters_bucket_key_pk" PRIMARY KEY("bucket","key")
);
--> statement-breakpoint
-- Hand-written from here to the NOT NULLs: the audit log becomes a hash chain. Each row's hash
-- covers the previous row's hash and the row's own stored values (time in microseconds since
-- the epoch, the network as PostgreSQL prints it, details as jsonb prints them), so the database
-- computes the same digest whoever reads it back (npm run audit:verify).
CREATE FUNCTION audit_digest(prev text, pos bigint, at timestamptz, actor_id text, action text,
    target_type text, target_id text, ip inet, details jsonb)
  RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT encode(sha256(convert_to(prev || jsonb_build_array(pos,
    (extract(epoch FROM at) * 1000000)::bigint, actor_id, action, target_type, target_id,
    ip::text, details)::text, 'UTF8')), 'hex')
$$;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "chain_pos" bigint;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "prev_hash" text;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "hash" text;--> statement-breakpoint
-- Rows written before the chain existed are linked in the order they were written. Only this
-- migration (run by the table's owner) may update them: the append-only trigger is paused for it.
ALTER TABLE "audit_events" DISABLE TRIGGER "audit_events_append_only";--> statement-breakpoint
DO $$
DECLARE
  r record;
  pos bigint := 0;
  prev text := '';
  digest text;
BEGIN
  FOR r IN SELECT * FROM audit_events ORDER BY id LOOP
    pos := pos + 1;
    digest := audit_digest(prev, pos, r.at, r.actor_id, r.action, r.target_type, r.target_id,
      r.ip, r.details);
    UPDATE audit_events SET chain_pos = pos, prev_hash = prev, hash = digest WHERE id = r.id;
    prev := digest;
  END LOOP;
  INSERT INTO audit_chain (id, length, head) VALUES (1, pos, prev);
END $$;--> statement-breakpoint
ALTER TABLE "audit_events" ENABLE TRIGGER "audit_events_append_only";--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "chain_pos" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "prev_hash" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "hash" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "rate_limit_counters_last_idx" ON "rate_limit_counters" USING btree ("last_at");--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_chain_pos_unique" UNIQUE("chain_pos");--> statement-breakpoint
-- Nobody but the owner (who runs migrations) may change or empty the audit log, whatever
-- default privileges gave the app's role when the table was made (README: least privilege).
DO $$
DECLARE g record;
BEGIN
  FOR g IN SELECT DISTINCT a.grantee FROM pg_class c, aclexplode(c.relacl) a
           WHERE c.oid IN ('audit_events'::regclass, 'audit_chain'::regclass)
             AND a.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE') AND a.grantee <> c.relowner
  LOOP
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM %s',
      CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(g.grantee)) END);
    EXECUTE format('REVOKE DELETE, TRUNCATE ON audit_chain FROM %s',
      CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(g.grantee)) END);
  END LOOP;
END $$;
