import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_events_eligible_models" AS ENUM('p24-rs', 'f22', 'd8-gto-individual-series', 'd8-gto-jd70');
  CREATE TYPE "public"."enum_events_kind" AS ENUM('track-day', 'factory-visit', 'launch', 'rally', 'dinner');
  CREATE TYPE "public"."enum_events_eligibility" AS ENUM('everyone', 'owners', 'invited');
  CREATE TYPE "public"."enum_events_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_version_eligible_models" AS ENUM('p24-rs', 'f22', 'd8-gto-individual-series', 'd8-gto-jd70');
  CREATE TYPE "public"."enum__events_v_version_kind" AS ENUM('track-day', 'factory-visit', 'launch', 'rally', 'dinner');
  CREATE TYPE "public"."enum__events_v_version_eligibility" AS ENUM('everyone', 'owners', 'invited');
  CREATE TYPE "public"."enum__events_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_published_locale" AS ENUM('nl', 'en', 'de');
  CREATE TYPE "public"."enum_event_registrations_status" AS ENUM('confirmed', 'waitlisted', 'cancelled');
  CREATE TABLE "events_eligible_models" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_events_eligible_models",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "events" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"kind" "enum_events_kind" DEFAULT 'track-day',
  	"starts_at" timestamp(3) with time zone,
  	"ends_at" timestamp(3) with time zone,
  	"time_zone" varchar DEFAULT 'Europe/Amsterdam',
  	"venue" varchar,
  	"address" varchar,
  	"map_url" varchar,
  	"capacity" numeric,
  	"max_guests" numeric DEFAULT 0,
  	"registration_opens_at" timestamp(3) with time zone,
  	"registration_closes_at" timestamp(3) with time zone,
  	"price" numeric,
  	"eligibility" "enum_events_eligibility" DEFAULT 'everyone',
  	"sequence" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_events_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "events_locales" (
  	"title" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "events_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"event_images_id" uuid,
  	"customers_id" uuid
  );
  
  CREATE TABLE "_events_v_version_eligible_models" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum__events_v_version_eligible_models",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "_events_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_kind" "enum__events_v_version_kind" DEFAULT 'track-day',
  	"version_starts_at" timestamp(3) with time zone,
  	"version_ends_at" timestamp(3) with time zone,
  	"version_time_zone" varchar DEFAULT 'Europe/Amsterdam',
  	"version_venue" varchar,
  	"version_address" varchar,
  	"version_map_url" varchar,
  	"version_capacity" numeric,
  	"version_max_guests" numeric DEFAULT 0,
  	"version_registration_opens_at" timestamp(3) with time zone,
  	"version_registration_closes_at" timestamp(3) with time zone,
  	"version_price" numeric,
  	"version_eligibility" "enum__events_v_version_eligibility" DEFAULT 'everyone',
  	"version_sequence" numeric DEFAULT 0,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__events_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__events_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_events_v_locales" (
  	"version_title" varchar,
  	"version_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_events_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"event_images_id" uuid,
  	"customers_id" uuid
  );
  
  CREATE TABLE "event_images" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"stored_files" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_large_url" varchar,
  	"sizes_large_width" numeric,
  	"sizes_large_height" numeric,
  	"sizes_large_mime_type" varchar,
  	"sizes_large_filesize" numeric,
  	"sizes_large_filename" varchar
  );
  
  CREATE TABLE "event_images_locales" (
  	"alt" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "event_registrations" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"event_id" uuid NOT NULL,
  	"customer_id" uuid NOT NULL,
  	"status" "enum_event_registrations_status" NOT NULL,
  	"guests" numeric DEFAULT 0 NOT NULL,
  	"guest_names" jsonb,
  	"dietary" varchar,
  	"queue_no" numeric,
  	"ticket_code" varchar,
  	"promoted_at" timestamp(3) with time zone,
  	"cancelled_at" timestamp(3) with time zone,
  	"reminded_at" timestamp(3) with time zone,
  	"checked_in_at" timestamp(3) with time zone,
  	"checked_in_by_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "event_calendar_feeds" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"customer_id" uuid NOT NULL,
  	"token_hash" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "events_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "event_images_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "event_registrations_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "event_calendar_feeds_id" uuid;
  ALTER TABLE "events_eligible_models" ADD CONSTRAINT "events_eligible_models_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_locales" ADD CONSTRAINT "events_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_event_images_fk" FOREIGN KEY ("event_images_id") REFERENCES "public"."event_images"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_customers_fk" FOREIGN KEY ("customers_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_eligible_models" ADD CONSTRAINT "_events_v_version_eligible_models_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_parent_id_events_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_locales" ADD CONSTRAINT "_events_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_event_images_fk" FOREIGN KEY ("event_images_id") REFERENCES "public"."event_images"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_customers_fk" FOREIGN KEY ("customers_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "event_images_locales" ADD CONSTRAINT "event_images_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."event_images"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_checked_in_by_id_staff_id_fk" FOREIGN KEY ("checked_in_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "event_calendar_feeds" ADD CONSTRAINT "event_calendar_feeds_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "events_eligible_models_order_idx" ON "events_eligible_models" USING btree ("order");
  CREATE INDEX "events_eligible_models_parent_idx" ON "events_eligible_models" USING btree ("parent_id");
  CREATE INDEX "events_starts_at_idx" ON "events" USING btree ("starts_at");
  CREATE INDEX "events_eligibility_idx" ON "events" USING btree ("eligibility");
  CREATE INDEX "events_updated_at_idx" ON "events" USING btree ("updated_at");
  CREATE INDEX "events_created_at_idx" ON "events" USING btree ("created_at");
  CREATE INDEX "events__status_idx" ON "events" USING btree ("_status");
  CREATE UNIQUE INDEX "events_locales_locale_parent_id_unique" ON "events_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "events_rels_order_idx" ON "events_rels" USING btree ("order");
  CREATE INDEX "events_rels_parent_idx" ON "events_rels" USING btree ("parent_id");
  CREATE INDEX "events_rels_path_idx" ON "events_rels" USING btree ("path");
  CREATE INDEX "events_rels_event_images_id_idx" ON "events_rels" USING btree ("event_images_id");
  CREATE INDEX "events_rels_customers_id_idx" ON "events_rels" USING btree ("customers_id");
  CREATE INDEX "_events_v_version_eligible_models_order_idx" ON "_events_v_version_eligible_models" USING btree ("order");
  CREATE INDEX "_events_v_version_eligible_models_parent_idx" ON "_events_v_version_eligible_models" USING btree ("parent_id");
  CREATE INDEX "_events_v_parent_idx" ON "_events_v" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_version_starts_at_idx" ON "_events_v" USING btree ("version_starts_at");
  CREATE INDEX "_events_v_version_version_eligibility_idx" ON "_events_v" USING btree ("version_eligibility");
  CREATE INDEX "_events_v_version_version_updated_at_idx" ON "_events_v" USING btree ("version_updated_at");
  CREATE INDEX "_events_v_version_version_created_at_idx" ON "_events_v" USING btree ("version_created_at");
  CREATE INDEX "_events_v_version_version__status_idx" ON "_events_v" USING btree ("version__status");
  CREATE INDEX "_events_v_created_at_idx" ON "_events_v" USING btree ("created_at");
  CREATE INDEX "_events_v_updated_at_idx" ON "_events_v" USING btree ("updated_at");
  CREATE INDEX "_events_v_snapshot_idx" ON "_events_v" USING btree ("snapshot");
  CREATE INDEX "_events_v_published_locale_idx" ON "_events_v" USING btree ("published_locale");
  CREATE INDEX "_events_v_latest_idx" ON "_events_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_events_v_locales_locale_parent_id_unique" ON "_events_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_events_v_rels_order_idx" ON "_events_v_rels" USING btree ("order");
  CREATE INDEX "_events_v_rels_parent_idx" ON "_events_v_rels" USING btree ("parent_id");
  CREATE INDEX "_events_v_rels_path_idx" ON "_events_v_rels" USING btree ("path");
  CREATE INDEX "_events_v_rels_event_images_id_idx" ON "_events_v_rels" USING btree ("event_images_id");
  CREATE INDEX "_events_v_rels_customers_id_idx" ON "_events_v_rels" USING btree ("customers_id");
  CREATE INDEX "event_images_updated_at_idx" ON "event_images" USING btree ("updated_at");
  CREATE INDEX "event_images_created_at_idx" ON "event_images" USING btree ("created_at");
  CREATE UNIQUE INDEX "event_images_filename_idx" ON "event_images" USING btree ("filename");
  CREATE INDEX "event_images_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "event_images" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "event_images_sizes_large_sizes_large_filename_idx" ON "event_images" USING btree ("sizes_large_filename");
  CREATE UNIQUE INDEX "event_images_locales_locale_parent_id_unique" ON "event_images_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "event_registrations_event_idx" ON "event_registrations" USING btree ("event_id");
  CREATE INDEX "event_registrations_customer_idx" ON "event_registrations" USING btree ("customer_id");
  CREATE INDEX "event_registrations_status_idx" ON "event_registrations" USING btree ("status");
  CREATE INDEX "event_registrations_queue_no_idx" ON "event_registrations" USING btree ("queue_no");
  CREATE UNIQUE INDEX "event_registrations_ticket_code_idx" ON "event_registrations" USING btree ("ticket_code");
  CREATE INDEX "event_registrations_checked_in_by_idx" ON "event_registrations" USING btree ("checked_in_by_id");
  CREATE INDEX "event_registrations_updated_at_idx" ON "event_registrations" USING btree ("updated_at");
  CREATE INDEX "event_registrations_created_at_idx" ON "event_registrations" USING btree ("created_at");
  CREATE UNIQUE INDEX "event_calendar_feeds_customer_idx" ON "event_calendar_feeds" USING btree ("customer_id");
  CREATE UNIQUE INDEX "event_calendar_feeds_token_hash_idx" ON "event_calendar_feeds" USING btree ("token_hash");
  CREATE INDEX "event_calendar_feeds_updated_at_idx" ON "event_calendar_feeds" USING btree ("updated_at");
  CREATE INDEX "event_calendar_feeds_created_at_idx" ON "event_calendar_feeds" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_event_images_fk" FOREIGN KEY ("event_images_id") REFERENCES "public"."event_images"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_event_registrations_fk" FOREIGN KEY ("event_registrations_id") REFERENCES "public"."event_registrations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_event_calendar_feeds_fk" FOREIGN KEY ("event_calendar_feeds_id") REFERENCES "public"."event_calendar_feeds"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_events_id_idx" ON "payload_locked_documents_rels" USING btree ("events_id");
  CREATE INDEX "payload_locked_documents_rels_event_images_id_idx" ON "payload_locked_documents_rels" USING btree ("event_images_id");
  CREATE INDEX "payload_locked_documents_rels_event_registrations_id_idx" ON "payload_locked_documents_rels" USING btree ("event_registrations_id");
  CREATE INDEX "payload_locked_documents_rels_event_calendar_feeds_id_idx" ON "payload_locked_documents_rels" USING btree ("event_calendar_feeds_id");`)

  // Seats are guarded by the database itself, whoever writes: one active registration per
  // customer and event, arrival numbers from a sequence, and a trigger that locks the event row
  // and refuses any confirmed seat beyond its capacity (src/lib/events/registrations.ts places
  // people under the same lock; this is the backstop for every other writer).
  await db.execute(sql`
  CREATE SEQUENCE "event_registrations_queue_no_seq";
  ALTER TABLE "event_registrations" ALTER COLUMN "queue_no" SET DEFAULT nextval('event_registrations_queue_no_seq');
  ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_guests_range" CHECK ("guests" >= 0 AND "guests" <= 10);
  CREATE UNIQUE INDEX "event_registrations_active_once" ON "event_registrations" ("event_id", "customer_id") WHERE "status" <> 'cancelled';
  CREATE INDEX "event_registrations_waitlist" ON "event_registrations" ("event_id", "queue_no") WHERE "status" = 'waitlisted';

  CREATE FUNCTION "event_registrations_capacity"() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    cap numeric;
    taken numeric;
  BEGIN
    IF NEW.status <> 'confirmed' THEN RETURN NEW; END IF;
    SELECT capacity INTO cap FROM events WHERE id = NEW.event_id FOR UPDATE;
    SELECT coalesce(sum(1 + guests), 0) INTO taken FROM event_registrations
      WHERE event_id = NEW.event_id AND status = 'confirmed' AND id <> NEW.id;
    IF taken + 1 + NEW.guests > coalesce(cap, 0) THEN
      RAISE EXCEPTION 'event % is full: % of % seats taken', NEW.event_id, taken, cap
        USING ERRCODE = 'check_violation', CONSTRAINT = 'event_registrations_capacity';
    END IF;
    RETURN NEW;
  END $$;
  CREATE TRIGGER "event_registrations_capacity" BEFORE INSERT OR UPDATE OF status, guests, event_id
    ON "event_registrations" FOR EACH ROW EXECUTE FUNCTION "event_registrations_capacity"();

  CREATE FUNCTION "events_capacity_floor"() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    taken numeric;
  BEGIN
    SELECT coalesce(sum(1 + guests), 0) INTO taken FROM event_registrations
      WHERE event_id = NEW.id AND status = 'confirmed';
    IF NEW.capacity IS NULL OR NEW.capacity < taken THEN
      RAISE EXCEPTION 'capacity % is below the % seats already confirmed', NEW.capacity, taken
        USING ERRCODE = 'check_violation', CONSTRAINT = 'events_capacity_floor';
    END IF;
    RETURN NEW;
  END $$;
  CREATE TRIGGER "events_capacity_floor" BEFORE UPDATE OF capacity ON "events"
    FOR EACH ROW EXECUTE FUNCTION "events_capacity_floor"();
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TRIGGER IF EXISTS "events_capacity_floor" ON "events";
  DROP FUNCTION IF EXISTS "events_capacity_floor"();
  DROP TRIGGER IF EXISTS "event_registrations_capacity" ON "event_registrations";
  DROP FUNCTION IF EXISTS "event_registrations_capacity"();
  `)
  await db.execute(sql`
   ALTER TABLE "events_eligible_models" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_eligible_models" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "event_images" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "event_images_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "event_registrations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "event_calendar_feeds" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "events_eligible_models" CASCADE;
  DROP TABLE "events" CASCADE;
  DROP TABLE "events_locales" CASCADE;
  DROP TABLE "events_rels" CASCADE;
  DROP TABLE "_events_v_version_eligible_models" CASCADE;
  DROP TABLE "_events_v" CASCADE;
  DROP TABLE "_events_v_locales" CASCADE;
  DROP TABLE "_events_v_rels" CASCADE;
  DROP TABLE "event_images" CASCADE;
  DROP TABLE "event_images_locales" CASCADE;
  DROP TABLE "event_registrations" CASCADE;
  DROP SEQUENCE IF EXISTS "event_registrations_queue_no_seq";
  DROP TABLE "event_calendar_feeds" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_events_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_event_images_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_event_registrations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_event_calendar_feeds_fk";
  
  DROP INDEX "payload_locked_documents_rels_events_id_idx";
  DROP INDEX "payload_locked_documents_rels_event_images_id_idx";
  DROP INDEX "payload_locked_documents_rels_event_registrations_id_idx";
  DROP INDEX "payload_locked_documents_rels_event_calendar_feeds_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "events_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "event_images_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "event_registrations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "event_calendar_feeds_id";
  DROP TYPE "public"."enum_events_eligible_models";
  DROP TYPE "public"."enum_events_kind";
  DROP TYPE "public"."enum_events_eligibility";
  DROP TYPE "public"."enum_events_status";
  DROP TYPE "public"."enum__events_v_version_eligible_models";
  DROP TYPE "public"."enum__events_v_version_kind";
  DROP TYPE "public"."enum__events_v_version_eligibility";
  DROP TYPE "public"."enum__events_v_version_status";
  DROP TYPE "public"."enum__events_v_published_locale";
  DROP TYPE "public"."enum_event_registrations_status";`)
}
