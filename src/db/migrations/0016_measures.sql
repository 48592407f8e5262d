CREATE TABLE "measure_consents" (
	"group_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"given_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	CONSTRAINT "measure_consents_group_id_user_id_pk" PRIMARY KEY("group_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "measure_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"instrument" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "measure_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"sealed" text NOT NULL,
	CONSTRAINT "measure_responses_request_id_unique" UNIQUE("request_id")
);
--> statement-breakpoint
CREATE TABLE "measure_schedules" (
	"group_id" uuid PRIMARY KEY NOT NULL,
	"instruments" text[] NOT NULL,
	"cadence" text NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measure_schedules_instruments" CHECK ("measure_schedules"."instruments" <@ ARRAY['phq9','gad7']::text[])
);
--> statement-breakpoint
CREATE TABLE "measure_sessions" (
	"group_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"measured" boolean NOT NULL,
	CONSTRAINT "measure_sessions_group_id_starts_at_pk" PRIMARY KEY("group_id","starts_at")
);
--> statement-breakpoint
ALTER TABLE "measure_consents" ADD CONSTRAINT "measure_consents_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_consents" ADD CONSTRAINT "measure_consents_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_requests" ADD CONSTRAINT "measure_requests_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_requests" ADD CONSTRAINT "measure_requests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_responses" ADD CONSTRAINT "measure_responses_request_id_measure_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."measure_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_schedules" ADD CONSTRAINT "measure_schedules_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_schedules" ADD CONSTRAINT "measure_schedules_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_sessions" ADD CONSTRAINT "measure_sessions_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "measure_requests_once" ON "measure_requests" USING btree ("group_id","user_id","instrument","starts_at");--> statement-breakpoint
CREATE INDEX "measure_requests_person" ON "measure_requests" USING btree ("user_id","group_id");