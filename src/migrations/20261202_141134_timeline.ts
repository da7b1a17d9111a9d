import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_milestone_definitions_stage" AS ENUM('design', 'engineering', 'production', 'final-assembly', 'delivery');
  CREATE TYPE "public"."enum_milestone_definitions_automatic_update" AS ENUM('none', 'draft', 'published');
  CREATE TYPE "public"."enum_milestone_templates_model" AS ENUM('p24-rs', 'f22', 'd8-gto-individual-series', 'd8-gto-jd70');
  CREATE TYPE "public"."enum_order_milestones_state" AS ENUM('planned', 'in-progress', 'done', 'delayed');
  CREATE TYPE "public"."enum_order_milestones_stage" AS ENUM('design', 'engineering', 'production', 'final-assembly', 'delivery');
  CREATE TYPE "public"."enum_production_updates_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__production_updates_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__production_updates_v_published_locale" AS ENUM('nl', 'en', 'de');
  CREATE TYPE "public"."enum_delivery_estimate_changes_source" AS ENUM('staff', 'erp');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'schedulePublish';
  CREATE TABLE "milestone_definitions" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar NOT NULL,
  	"stage" "enum_milestone_definitions_stage" NOT NULL,
  	"sort_order" numeric DEFAULT 0 NOT NULL,
  	"automatic_update" "enum_milestone_definitions_automatic_update" DEFAULT 'none' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "milestone_definitions_locales" (
  	"name" varchar,
  	"automatic_title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "milestone_templates_milestones" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"definition_id" uuid NOT NULL,
  	"planned_after_days" numeric NOT NULL
  );
  
  CREATE TABLE "milestone_templates" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"model" "enum_milestone_templates_model" NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "order_milestones" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"order_id" uuid NOT NULL,
  	"definition_id" uuid NOT NULL,
  	"state" "enum_order_milestones_state" DEFAULT 'planned' NOT NULL,
  	"planned_date" timestamp(3) with time zone,
  	"actual_date" timestamp(3) with time zone,
  	"key" varchar,
  	"stage" "enum_order_milestones_stage",
  	"sort_order" numeric DEFAULT 0,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "production_updates_gallery" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"media_id" uuid
  );
  
  CREATE TABLE "production_updates" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"order_id" uuid,
  	"milestone_id" uuid,
  	"video_id" uuid,
  	"published_at" timestamp(3) with time zone,
  	"automatic" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_production_updates_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "production_updates_locales" (
  	"title" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_production_updates_v_version_gallery" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"media_id" uuid,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_production_updates_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_order_id" uuid,
  	"version_milestone_id" uuid,
  	"version_video_id" uuid,
  	"version_published_at" timestamp(3) with time zone,
  	"version_automatic" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__production_updates_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__production_updates_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_production_updates_v_locales" (
  	"version_title" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "delivery_estimate_changes" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"order_id" uuid NOT NULL,
  	"to_start" timestamp(3) with time zone NOT NULL,
  	"to_end" timestamp(3) with time zone NOT NULL,
  	"reason" varchar NOT NULL,
  	"from_start" timestamp(3) with time zone,
  	"from_end" timestamp(3) with time zone,
  	"source" "enum_delivery_estimate_changes_source" DEFAULT 'staff',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "update_seen_marks" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"customer_id" uuid NOT NULL,
  	"update_id" uuid NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "erp_events" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"event_id" varchar NOT NULL,
  	"signature" varchar,
  	"order_number" varchar,
  	"milestone" varchar,
  	"state" varchar,
  	"result" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "milestone_definitions_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "milestone_templates_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "order_milestones_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "production_updates_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "delivery_estimate_changes_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "update_seen_marks_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "erp_events_id" uuid;
  ALTER TABLE "milestone_definitions_locales" ADD CONSTRAINT "milestone_definitions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."milestone_definitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "milestone_templates_milestones" ADD CONSTRAINT "milestone_templates_milestones_definition_id_milestone_definitions_id_fk" FOREIGN KEY ("definition_id") REFERENCES "public"."milestone_definitions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "milestone_templates_milestones" ADD CONSTRAINT "milestone_templates_milestones_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."milestone_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "order_milestones" ADD CONSTRAINT "order_milestones_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "order_milestones" ADD CONSTRAINT "order_milestones_definition_id_milestone_definitions_id_fk" FOREIGN KEY ("definition_id") REFERENCES "public"."milestone_definitions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "production_updates_gallery" ADD CONSTRAINT "production_updates_gallery_media_id_order_media_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."order_media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "production_updates_gallery" ADD CONSTRAINT "production_updates_gallery_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."production_updates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "production_updates" ADD CONSTRAINT "production_updates_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "production_updates" ADD CONSTRAINT "production_updates_milestone_id_order_milestones_id_fk" FOREIGN KEY ("milestone_id") REFERENCES "public"."order_milestones"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "production_updates" ADD CONSTRAINT "production_updates_video_id_order_media_id_fk" FOREIGN KEY ("video_id") REFERENCES "public"."order_media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "production_updates_locales" ADD CONSTRAINT "production_updates_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."production_updates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_production_updates_v_version_gallery" ADD CONSTRAINT "_production_updates_v_version_gallery_media_id_order_media_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."order_media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_production_updates_v_version_gallery" ADD CONSTRAINT "_production_updates_v_version_gallery_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_production_updates_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_production_updates_v" ADD CONSTRAINT "_production_updates_v_parent_id_production_updates_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."production_updates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_production_updates_v" ADD CONSTRAINT "_production_updates_v_version_order_id_orders_id_fk" FOREIGN KEY ("version_order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_production_updates_v" ADD CONSTRAINT "_production_updates_v_version_milestone_id_order_milestones_id_fk" FOREIGN KEY ("version_milestone_id") REFERENCES "public"."order_milestones"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_production_updates_v" ADD CONSTRAINT "_production_updates_v_version_video_id_order_media_id_fk" FOREIGN KEY ("version_video_id") REFERENCES "public"."order_media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_production_updates_v_locales" ADD CONSTRAINT "_production_updates_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_production_updates_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "delivery_estimate_changes" ADD CONSTRAINT "delivery_estimate_changes_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "update_seen_marks" ADD CONSTRAINT "update_seen_marks_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "update_seen_marks" ADD CONSTRAINT "update_seen_marks_update_id_production_updates_id_fk" FOREIGN KEY ("update_id") REFERENCES "public"."production_updates"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "milestone_definitions_key_idx" ON "milestone_definitions" USING btree ("key");
  CREATE INDEX "milestone_definitions_updated_at_idx" ON "milestone_definitions" USING btree ("updated_at");
  CREATE INDEX "milestone_definitions_created_at_idx" ON "milestone_definitions" USING btree ("created_at");
  CREATE UNIQUE INDEX "milestone_definitions_locales_locale_parent_id_unique" ON "milestone_definitions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "milestone_templates_milestones_order_idx" ON "milestone_templates_milestones" USING btree ("_order");
  CREATE INDEX "milestone_templates_milestones_parent_id_idx" ON "milestone_templates_milestones" USING btree ("_parent_id");
  CREATE INDEX "milestone_templates_milestones_definition_idx" ON "milestone_templates_milestones" USING btree ("definition_id");
  CREATE INDEX "milestone_templates_model_idx" ON "milestone_templates" USING btree ("model");
  CREATE INDEX "milestone_templates_updated_at_idx" ON "milestone_templates" USING btree ("updated_at");
  CREATE INDEX "milestone_templates_created_at_idx" ON "milestone_templates" USING btree ("created_at");
  CREATE INDEX "order_milestones_order_idx" ON "order_milestones" USING btree ("order_id");
  CREATE INDEX "order_milestones_definition_idx" ON "order_milestones" USING btree ("definition_id");
  CREATE INDEX "order_milestones_key_idx" ON "order_milestones" USING btree ("key");
  CREATE INDEX "order_milestones_updated_at_idx" ON "order_milestones" USING btree ("updated_at");
  CREATE INDEX "order_milestones_created_at_idx" ON "order_milestones" USING btree ("created_at");
  CREATE INDEX "production_updates_gallery_order_idx" ON "production_updates_gallery" USING btree ("_order");
  CREATE INDEX "production_updates_gallery_parent_id_idx" ON "production_updates_gallery" USING btree ("_parent_id");
  CREATE INDEX "production_updates_gallery_media_idx" ON "production_updates_gallery" USING btree ("media_id");
  CREATE INDEX "production_updates_order_idx" ON "production_updates" USING btree ("order_id");
  CREATE INDEX "production_updates_milestone_idx" ON "production_updates" USING btree ("milestone_id");
  CREATE INDEX "production_updates_video_idx" ON "production_updates" USING btree ("video_id");
  CREATE INDEX "production_updates_published_at_idx" ON "production_updates" USING btree ("published_at");
  CREATE INDEX "production_updates_updated_at_idx" ON "production_updates" USING btree ("updated_at");
  CREATE INDEX "production_updates_created_at_idx" ON "production_updates" USING btree ("created_at");
  CREATE INDEX "production_updates__status_idx" ON "production_updates" USING btree ("_status");
  CREATE UNIQUE INDEX "production_updates_locales_locale_parent_id_unique" ON "production_updates_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_production_updates_v_version_gallery_order_idx" ON "_production_updates_v_version_gallery" USING btree ("_order");
  CREATE INDEX "_production_updates_v_version_gallery_parent_id_idx" ON "_production_updates_v_version_gallery" USING btree ("_parent_id");
  CREATE INDEX "_production_updates_v_version_gallery_media_idx" ON "_production_updates_v_version_gallery" USING btree ("media_id");
  CREATE INDEX "_production_updates_v_parent_idx" ON "_production_updates_v" USING btree ("parent_id");
  CREATE INDEX "_production_updates_v_version_version_order_idx" ON "_production_updates_v" USING btree ("version_order_id");
  CREATE INDEX "_production_updates_v_version_version_milestone_idx" ON "_production_updates_v" USING btree ("version_milestone_id");
  CREATE INDEX "_production_updates_v_version_version_video_idx" ON "_production_updates_v" USING btree ("version_video_id");
  CREATE INDEX "_production_updates_v_version_version_published_at_idx" ON "_production_updates_v" USING btree ("version_published_at");
  CREATE INDEX "_production_updates_v_version_version_updated_at_idx" ON "_production_updates_v" USING btree ("version_updated_at");
  CREATE INDEX "_production_updates_v_version_version_created_at_idx" ON "_production_updates_v" USING btree ("version_created_at");
  CREATE INDEX "_production_updates_v_version_version__status_idx" ON "_production_updates_v" USING btree ("version__status");
  CREATE INDEX "_production_updates_v_created_at_idx" ON "_production_updates_v" USING btree ("created_at");
  CREATE INDEX "_production_updates_v_updated_at_idx" ON "_production_updates_v" USING btree ("updated_at");
  CREATE INDEX "_production_updates_v_snapshot_idx" ON "_production_updates_v" USING btree ("snapshot");
  CREATE INDEX "_production_updates_v_published_locale_idx" ON "_production_updates_v" USING btree ("published_locale");
  CREATE INDEX "_production_updates_v_latest_idx" ON "_production_updates_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_production_updates_v_locales_locale_parent_id_unique" ON "_production_updates_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "delivery_estimate_changes_order_idx" ON "delivery_estimate_changes" USING btree ("order_id");
  CREATE INDEX "delivery_estimate_changes_updated_at_idx" ON "delivery_estimate_changes" USING btree ("updated_at");
  CREATE INDEX "delivery_estimate_changes_created_at_idx" ON "delivery_estimate_changes" USING btree ("created_at");
  CREATE INDEX "update_seen_marks_customer_idx" ON "update_seen_marks" USING btree ("customer_id");
  CREATE INDEX "update_seen_marks_update_idx" ON "update_seen_marks" USING btree ("update_id");
  CREATE INDEX "update_seen_marks_updated_at_idx" ON "update_seen_marks" USING btree ("updated_at");
  CREATE INDEX "update_seen_marks_created_at_idx" ON "update_seen_marks" USING btree ("created_at");
  CREATE UNIQUE INDEX "customer_update_idx" ON "update_seen_marks" USING btree ("customer_id","update_id");
  CREATE UNIQUE INDEX "erp_events_event_id_idx" ON "erp_events" USING btree ("event_id");
  CREATE INDEX "erp_events_signature_idx" ON "erp_events" USING btree ("signature");
  CREATE INDEX "erp_events_updated_at_idx" ON "erp_events" USING btree ("updated_at");
  CREATE INDEX "erp_events_created_at_idx" ON "erp_events" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_milestone_definitions_fk" FOREIGN KEY ("milestone_definitions_id") REFERENCES "public"."milestone_definitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_milestone_templates_fk" FOREIGN KEY ("milestone_templates_id") REFERENCES "public"."milestone_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_order_milestones_fk" FOREIGN KEY ("order_milestones_id") REFERENCES "public"."order_milestones"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_production_updates_fk" FOREIGN KEY ("production_updates_id") REFERENCES "public"."production_updates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_delivery_estimate_changes_fk" FOREIGN KEY ("delivery_estimate_changes_id") REFERENCES "public"."delivery_estimate_changes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_update_seen_marks_fk" FOREIGN KEY ("update_seen_marks_id") REFERENCES "public"."update_seen_marks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_erp_events_fk" FOREIGN KEY ("erp_events_id") REFERENCES "public"."erp_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_milestone_definitions_id_idx" ON "payload_locked_documents_rels" USING btree ("milestone_definitions_id");
  CREATE INDEX "payload_locked_documents_rels_milestone_templates_id_idx" ON "payload_locked_documents_rels" USING btree ("milestone_templates_id");
  CREATE INDEX "payload_locked_documents_rels_order_milestones_id_idx" ON "payload_locked_documents_rels" USING btree ("order_milestones_id");
  CREATE INDEX "payload_locked_documents_rels_production_updates_id_idx" ON "payload_locked_documents_rels" USING btree ("production_updates_id");
  CREATE INDEX "payload_locked_documents_rels_delivery_estimate_changes__idx" ON "payload_locked_documents_rels" USING btree ("delivery_estimate_changes_id");
  CREATE INDEX "payload_locked_documents_rels_update_seen_marks_id_idx" ON "payload_locked_documents_rels" USING btree ("update_seen_marks_id");
  CREATE INDEX "payload_locked_documents_rels_erp_events_id_idx" ON "payload_locked_documents_rels" USING btree ("erp_events_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "milestone_definitions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "milestone_definitions_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "milestone_templates_milestones" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "milestone_templates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "order_milestones" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "production_updates_gallery" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "production_updates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "production_updates_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_production_updates_v_version_gallery" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_production_updates_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_production_updates_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "delivery_estimate_changes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "update_seen_marks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "erp_events" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "milestone_definitions" CASCADE;
  DROP TABLE "milestone_definitions_locales" CASCADE;
  DROP TABLE "milestone_templates_milestones" CASCADE;
  DROP TABLE "milestone_templates" CASCADE;
  DROP TABLE "order_milestones" CASCADE;
  DROP TABLE "production_updates_gallery" CASCADE;
  DROP TABLE "production_updates" CASCADE;
  DROP TABLE "production_updates_locales" CASCADE;
  DROP TABLE "_production_updates_v_version_gallery" CASCADE;
  DROP TABLE "_production_updates_v" CASCADE;
  DROP TABLE "_production_updates_v_locales" CASCADE;
  DROP TABLE "delivery_estimate_changes" CASCADE;
  DROP TABLE "update_seen_marks" CASCADE;
  DROP TABLE "erp_events" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_milestone_definitions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_milestone_templates_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_order_milestones_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_production_updates_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_delivery_estimate_changes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_update_seen_marks_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_erp_events_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendAccountEmail', 'sendPayloadMail');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendAccountEmail', 'sendPayloadMail');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_milestone_definitions_id_idx";
  DROP INDEX "payload_locked_documents_rels_milestone_templates_id_idx";
  DROP INDEX "payload_locked_documents_rels_order_milestones_id_idx";
  DROP INDEX "payload_locked_documents_rels_production_updates_id_idx";
  DROP INDEX "payload_locked_documents_rels_delivery_estimate_changes__idx";
  DROP INDEX "payload_locked_documents_rels_update_seen_marks_id_idx";
  DROP INDEX "payload_locked_documents_rels_erp_events_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "milestone_definitions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "milestone_templates_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "order_milestones_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "production_updates_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "delivery_estimate_changes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "update_seen_marks_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "erp_events_id";
  DROP TYPE "public"."enum_milestone_definitions_stage";
  DROP TYPE "public"."enum_milestone_definitions_automatic_update";
  DROP TYPE "public"."enum_milestone_templates_model";
  DROP TYPE "public"."enum_order_milestones_state";
  DROP TYPE "public"."enum_order_milestones_stage";
  DROP TYPE "public"."enum_production_updates_status";
  DROP TYPE "public"."enum__production_updates_v_version_status";
  DROP TYPE "public"."enum__production_updates_v_published_locale";
  DROP TYPE "public"."enum_delivery_estimate_changes_source";`)
}
