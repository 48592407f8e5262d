CREATE TABLE "group_occurrences" (
	"schedule_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	CONSTRAINT "group_occurrences_schedule_id_starts_at_pk" PRIMARY KEY("schedule_id","starts_at")
);
--> statement-breakpoint
CREATE TABLE "group_schedules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"rrule" text,
	"dtstart" text NOT NULL,
	"timezone" text NOT NULL,
	"duration_minutes" integer NOT NULL,
	"exdates" text[] DEFAULT '{}' NOT NULL,
	"input" jsonb NOT NULL,
	"expanded_until" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"summary" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"topics" text[] DEFAULT '{}' NOT NULL,
	"audiences" text[] DEFAULT '{}' NOT NULL,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"accessibility" text[] DEFAULT '{}' NOT NULL,
	"techniques" text[] DEFAULT '{}' NOT NULL,
	"mode" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"policy" text NOT NULL,
	"venue" text,
	"address" text,
	"postal_code" text,
	"city" text,
	"region" text,
	"country" text,
	"latitude" double precision,
	"longitude" double precision,
	"location_approximate" boolean DEFAULT false NOT NULL,
	"location_notes" text,
	"regions" text[] DEFAULT '{}' NOT NULL,
	"online_url" text,
	"online_phone" text,
	"online_notes" text,
	"online_visibility" text DEFAULT 'members' NOT NULL,
	"leaders" jsonb DEFAULT '[]' NOT NULL,
	"capacity" integer,
	"seats_taken" integer DEFAULT 0 NOT NULL,
	"cost_kind" text NOT NULL,
	"cost_amount_cents" integer,
	"cost_min_amount_cents" integer,
	"cost_currency" text,
	"insurance" boolean DEFAULT false NOT NULL,
	"therapy_sessions" integer,
	"therapy_start_date" date,
	"therapy_end_date" date,
	"screening" boolean DEFAULT false NOT NULL,
	"organisation_id" uuid,
	"first_visit" text,
	"contacts" jsonb DEFAULT '[]' NOT NULL,
	"source_name" text,
	"source_id" text,
	"source_updated_at" timestamp with time zone,
	"next_starts_at" timestamp with time zone,
	"next_ends_at" timestamp with time zone,
	"week_slots" integer[] DEFAULT '{}' NOT NULL,
	"content_hash" text DEFAULT '' NOT NULL,
	"search_extra" text DEFAULT '' NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(name, '')), 'A') ||
          setweight(to_tsvector('english', coalesce(summary, '')), 'B') ||
          setweight(to_tsvector('english', coalesce(search_extra, '')), 'B') ||
          setweight(to_tsvector('english', coalesce(description, '')), 'C')) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "listing_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"problem" text NOT NULL,
	"details" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_name_unique" UNIQUE("name")
);
--> statement-breakpoint
ALTER TABLE "group_occurrences" ADD CONSTRAINT "group_occurrences_schedule_id_group_schedules_id_fk" FOREIGN KEY ("schedule_id") REFERENCES "public"."group_schedules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_schedules" ADD CONSTRAINT "group_schedules_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "groups" ADD CONSTRAINT "groups_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listing_reports" ADD CONSTRAINT "listing_reports_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "group_occurrences_starts_idx" ON "group_occurrences" USING btree ("starts_at","group_id");--> statement-breakpoint
CREATE INDEX "group_occurrences_group_idx" ON "group_occurrences" USING btree ("group_id","starts_at");--> statement-breakpoint
CREATE INDEX "group_schedules_group_idx" ON "group_schedules" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "group_schedules_expanded_idx" ON "group_schedules" USING btree ("expanded_until");--> statement-breakpoint
CREATE UNIQUE INDEX "groups_slug_key" ON "groups" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "groups_source_key" ON "groups" USING btree ("source_name","source_id");--> statement-breakpoint
CREATE INDEX "groups_search_idx" ON "groups" USING gin ("search");--> statement-breakpoint
CREATE INDEX "groups_name_trgm_idx" ON "groups" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "groups_topics_idx" ON "groups" USING gin ("topics");--> statement-breakpoint
CREATE INDEX "groups_earth_idx" ON "groups" USING gist (ll_to_earth("latitude", "longitude")) WHERE "groups"."latitude" IS NOT NULL AND "groups"."longitude" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "groups_kind_mode_idx" ON "groups" USING btree ("kind","mode","status");--> statement-breakpoint
CREATE INDEX "groups_next_idx" ON "groups" USING btree ("next_starts_at");--> statement-breakpoint
CREATE INDEX "groups_week_slots_idx" ON "groups" USING gin ("week_slots");--> statement-breakpoint
CREATE INDEX "groups_languages_idx" ON "groups" USING gin ("languages");--> statement-breakpoint
CREATE INDEX "groups_next_ends_idx" ON "groups" USING btree ("next_ends_at");