CREATE TABLE "feed_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"feed_id" uuid NOT NULL,
	"trigger" text NOT NULL,
	"outcome" text NOT NULL,
	"http_status" integer,
	"bytes" integer,
	"added" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"unchanged" integer DEFAULT 0 NOT NULL,
	"removed" integer DEFAULT 0 NOT NULL,
	"skipped" integer DEFAULT 0 NOT NULL,
	"warnings" jsonb DEFAULT '[]' NOT NULL,
	"error" text,
	"held_body" text,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "organisation_feeds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"url" text NOT NULL,
	"timezone" text NOT NULL,
	"source_name" text NOT NULL,
	"removal_limit_percent" integer DEFAULT 20 NOT NULL,
	"every_hours" integer DEFAULT 24 NOT NULL,
	"etag" text,
	"last_modified" text,
	"next_fetch_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_feeds_source_name_unique" UNIQUE("source_name"),
	CONSTRAINT "organisation_feeds_limit" CHECK ("organisation_feeds"."removal_limit_percent" BETWEEN 0 AND 100),
	CONSTRAINT "organisation_feeds_every" CHECK ("organisation_feeds"."every_hours" BETWEEN 1 AND 168)
);
--> statement-breakpoint
CREATE TABLE "organisation_members" (
	"organisation_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_members_organisation_id_user_id_pk" PRIMARY KEY("organisation_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "organisation_sources" (
	"source_name" text PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"claimed_by" text,
	"claimed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "slug" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "kind" text DEFAULT 'other' NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "description" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "claimed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "verified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "feed_runs" ADD CONSTRAINT "feed_runs_feed_id_organisation_feeds_id_fk" FOREIGN KEY ("feed_id") REFERENCES "public"."organisation_feeds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feed_runs" ADD CONSTRAINT "feed_runs_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_feeds" ADD CONSTRAINT "organisation_feeds_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_feeds" ADD CONSTRAINT "organisation_feeds_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_members" ADD CONSTRAINT "organisation_members_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_members" ADD CONSTRAINT "organisation_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_sources" ADD CONSTRAINT "organisation_sources_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_sources" ADD CONSTRAINT "organisation_sources_claimed_by_users_id_fk" FOREIGN KEY ("claimed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feed_runs_feed" ON "feed_runs" USING btree ("feed_id","started_at");--> statement-breakpoint
CREATE INDEX "organisation_members_user" ON "organisation_members" USING btree ("user_id");--> statement-breakpoint
-- Hand-written: every organisation gets a page address from its name, now and on insert (the
-- directory's imports and forms create organisations by name and know nothing of slugs).
CREATE FUNCTION organisation_slug(p_name text, p_id uuid) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  base text := left(trim(both '-' from regexp_replace(lower(p_name), '[^a-z0-9]+', '-', 'g')), 60);
  candidate text;
  n integer := 1;
BEGIN
  IF base = '' THEN base := 'organisation'; END IF;
  candidate := base;
  WHILE EXISTS (SELECT 1 FROM organisations WHERE slug = candidate AND id <> p_id) LOOP
    n := n + 1;
    candidate := base || '-' || n;
  END LOOP;
  RETURN candidate;
END $$;--> statement-breakpoint
CREATE FUNCTION organisations_fill_slug() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.slug IS NULL THEN NEW.slug := organisation_slug(NEW.name, NEW.id); END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER organisations_fill_slug BEFORE INSERT ON organisations
  FOR EACH ROW EXECUTE FUNCTION organisations_fill_slug();--> statement-breakpoint
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT id, name FROM organisations ORDER BY created_at, name LOOP
    UPDATE organisations SET slug = organisation_slug(r.name, r.id) WHERE id = r.id;
  END LOOP;
END $$;--> statement-breakpoint
ALTER TABLE "organisations" ALTER COLUMN "slug" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_slug_unique" UNIQUE("slug");--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_kind" CHECK ("kind" IN ('intergroup', 'clinic', 'nonprofit', 'hospital', 'other'));