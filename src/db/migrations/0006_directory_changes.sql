CREATE TABLE "directory_changes" (
	"seq" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "directory_changes_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"group_id" uuid NOT NULL,
	"txid" "xid8" DEFAULT pg_current_xact_id() NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "directory_changes_txid_idx" ON "directory_changes" USING btree ("txid");--> statement-breakpoint
-- Hand-written (drizzle-kit cannot express triggers). Every statement that adds, changes or
-- removes a listing, or adds occurrences, notes the groups it touched, once per statement, so
-- each process's in-memory search index can catch up (ADR 14). Occurrences deleted on their own
-- are the refresher dropping past meetings, which the index already ignores by time.
CREATE FUNCTION "directory_note_changes"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'group_occurrences' THEN
    INSERT INTO directory_changes (group_id) SELECT DISTINCT group_id FROM changed_rows;
  ELSE
    INSERT INTO directory_changes (group_id) SELECT id FROM changed_rows;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "groups_inserted" AFTER INSERT ON "groups" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION directory_note_changes();--> statement-breakpoint
CREATE TRIGGER "groups_updated" AFTER UPDATE ON "groups" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION directory_note_changes();--> statement-breakpoint
CREATE TRIGGER "groups_deleted" AFTER DELETE ON "groups" REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION directory_note_changes();--> statement-breakpoint
CREATE TRIGGER "group_occurrences_inserted" AFTER INSERT ON "group_occurrences"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_note_changes();
