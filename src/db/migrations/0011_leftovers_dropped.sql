DROP INDEX "groups_earth_idx";--> statement-breakpoint
DROP INDEX "groups_next_idx";--> statement-breakpoint
DROP INDEX "groups_mode_next_idx";--> statement-breakpoint
DROP INDEX "groups_kind_next_idx";--> statement-breakpoint
DROP INDEX "groups_seats_next_idx";--> statement-breakpoint
DROP INDEX "groups_week_slots_idx";--> statement-breakpoint
DROP INDEX "groups_next_ends_idx";--> statement-breakpoint
ALTER TABLE "directory_changes" ADD COLUMN "what" text DEFAULT 'listing' NOT NULL;--> statement-breakpoint
ALTER TABLE "groups" DROP COLUMN "earth";--> statement-breakpoint
ALTER TABLE "groups" DROP COLUMN "next_starts_at";--> statement-breakpoint
ALTER TABLE "groups" DROP COLUMN "next_ends_at";--> statement-breakpoint
ALTER TABLE "groups" DROP COLUMN "week_slots";--> statement-breakpoint
-- Hand-written (issue 14). Meetings the refresher adds are noted as 'meetings': the search index
-- reads just those, rather than reloading a listing that did not change. A listing is noted as
-- changed only when its row really differs (an UPDATE that writes the same values is not).
CREATE OR REPLACE FUNCTION "directory_note_changes"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'group_occurrences' THEN
    INSERT INTO directory_changes (group_id, what)
      SELECT DISTINCT group_id, 'meetings' FROM changed_rows;
  ELSE
    INSERT INTO directory_changes (group_id) SELECT id FROM changed_rows;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION "directory_note_updates"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO directory_changes (group_id)
    SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (n.*) IS DISTINCT FROM (o.*);
  RETURN NULL;
END $$;--> statement-breakpoint
DROP TRIGGER "groups_updated" ON "groups";--> statement-breakpoint
CREATE TRIGGER "groups_updated" AFTER UPDATE ON "groups"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION directory_note_updates();
