DROP INDEX "groups_earth_idx";--> statement-breakpoint
DROP INDEX "groups_next_idx";--> statement-breakpoint
ALTER TABLE "groups" ADD COLUMN "earth" "earth" GENERATED ALWAYS AS (ll_to_earth(latitude, longitude)) STORED;--> statement-breakpoint
ALTER TABLE "groups" ADD COLUMN "has_seats" boolean GENERATED ALWAYS AS (kind = 'therapy' AND capacity IS NOT NULL AND seats_taken < capacity) STORED;--> statement-breakpoint
CREATE INDEX "groups_mode_next_idx" ON "groups" USING btree ("mode","next_starts_at","name","id") WHERE "groups"."status" <> 'ended';--> statement-breakpoint
CREATE INDEX "groups_kind_next_idx" ON "groups" USING btree ("kind","next_starts_at","name","id") WHERE "groups"."status" <> 'ended';--> statement-breakpoint
CREATE INDEX "groups_seats_next_idx" ON "groups" USING btree ("next_starts_at","name","id") WHERE "groups"."has_seats" AND "groups"."status" <> 'ended';--> statement-breakpoint
CREATE INDEX "groups_earth_idx" ON "groups" USING gist ("earth") WHERE "groups"."earth" IS NOT NULL AND "groups"."status" <> 'ended';--> statement-breakpoint
CREATE INDEX "groups_next_idx" ON "groups" USING btree ("next_starts_at","name","id") WHERE "groups"."status" <> 'ended';--> statement-breakpoint
-- Hand-written (drizzle-kit cannot express storage options). Keep the rows that searches scan
-- narrow: a row over the TOAST threshold has its long values (description, the tsvector,
-- leaders...) moved out until it fits in 256 bytes, while the columns that filters and sorts
-- read stay in the row. See ADR 8.
ALTER TABLE "groups" SET (toast_tuple_target = 256);--> statement-breakpoint
ALTER TABLE "groups" ALTER COLUMN "name" SET STORAGE MAIN, ALTER COLUMN "topics" SET STORAGE MAIN, ALTER COLUMN "audiences" SET STORAGE MAIN, ALTER COLUMN "languages" SET STORAGE MAIN, ALTER COLUMN "accessibility" SET STORAGE MAIN, ALTER COLUMN "techniques" SET STORAGE MAIN, ALTER COLUMN "week_slots" SET STORAGE MAIN;
