CREATE TABLE "session_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"goals" text DEFAULT '' NOT NULL,
	"technique" text DEFAULT '' NOT NULL,
	"agenda" text[] DEFAULT '{}' NOT NULL,
	"materials" text DEFAULT '' NOT NULL,
	"shared" boolean DEFAULT false NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_plans_number_range" CHECK ("session_plans"."number" BETWEEN 1 AND 200)
);
--> statement-breakpoint
ALTER TABLE "professional_profiles" ADD COLUMN "slug" text;--> statement-breakpoint
ALTER TABLE "professional_profiles" ADD COLUMN "listed" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "professional_profiles" ADD COLUMN "show_groups" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "professional_profiles" ADD COLUMN "topics" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "professional_profiles" ADD COLUMN "languages" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "professional_profiles" ADD COLUMN "city" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "professional_profiles" ADD COLUMN "region" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "professional_profiles" ADD COLUMN "country" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "professional_profiles" ADD COLUMN "online" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "session_plans" ADD CONSTRAINT "session_plans_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_plans" ADD CONSTRAINT "session_plans_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "session_plans_number" ON "session_plans" USING btree ("group_id","number");--> statement-breakpoint
ALTER TABLE "professional_profiles" ADD CONSTRAINT "professional_profiles_slug_unique" UNIQUE("slug");