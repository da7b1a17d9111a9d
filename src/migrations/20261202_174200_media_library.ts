import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_media_items_target_models" AS ENUM('p24-rs', 'f22', 'd8-gto-individual-series', 'd8-gto-jd70');
  CREATE TYPE "public"."enum_media_items_target_stages" AS ENUM('design', 'engineering', 'production', 'final-assembly', 'delivery');
  CREATE TYPE "public"."enum_media_items_type" AS ENUM('news', 'exclusive-video', 'behind-the-scenes', 'interview', 'factory-tour');
  CREATE TYPE "public"."enum_media_items_audience" AS ENUM('everyone', 'models', 'stages', 'customers');
  CREATE TYPE "public"."enum_media_items_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__media_items_v_version_target_models" AS ENUM('p24-rs', 'f22', 'd8-gto-individual-series', 'd8-gto-jd70');
  CREATE TYPE "public"."enum__media_items_v_version_target_stages" AS ENUM('design', 'engineering', 'production', 'final-assembly', 'delivery');
  CREATE TYPE "public"."enum__media_items_v_version_type" AS ENUM('news', 'exclusive-video', 'behind-the-scenes', 'interview', 'factory-tour');
  CREATE TYPE "public"."enum__media_items_v_version_audience" AS ENUM('everyone', 'models', 'stages', 'customers');
  CREATE TYPE "public"."enum__media_items_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__media_items_v_published_locale" AS ENUM('nl', 'en', 'de');
  CREATE TYPE "public"."enum_media_transcodes_status" AS ENUM('queued', 'processing', 'ready', 'failed');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'transcodeMediaVideo' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'transcodeMediaVideo' BEFORE 'schedulePublish';
  CREATE TABLE "media_items_target_models" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_media_items_target_models",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "media_items_target_stages" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_media_items_target_stages",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "media_items" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"type" "enum_media_items_type" DEFAULT 'news',
  	"cover_id" uuid,
  	"video_id" uuid,
  	"featured" boolean DEFAULT false,
  	"published_at" timestamp(3) with time zone,
  	"audience" "enum_media_items_audience" DEFAULT 'everyone',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_media_items_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "media_items_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "media_items_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"customers_id" uuid
  );
  
  CREATE TABLE "_media_items_v_version_target_models" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum__media_items_v_version_target_models",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "_media_items_v_version_target_stages" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum__media_items_v_version_target_stages",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "_media_items_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_type" "enum__media_items_v_version_type" DEFAULT 'news',
  	"version_cover_id" uuid,
  	"version_video_id" uuid,
  	"version_featured" boolean DEFAULT false,
  	"version_published_at" timestamp(3) with time zone,
  	"version_audience" "enum__media_items_v_version_audience" DEFAULT 'everyone',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__media_items_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__media_items_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_media_items_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_media_items_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"customers_id" uuid
  );
  
  CREATE TABLE "media_uploads" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"item_id" uuid,
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
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar
  );
  
  CREATE TABLE "media_uploads_locales" (
  	"alt" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "media_transcodes" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"item_id" uuid NOT NULL,
  	"source_id" uuid NOT NULL,
  	"status" "enum_media_transcodes_status" DEFAULT 'queued' NOT NULL,
  	"progress" numeric DEFAULT 0,
  	"error" varchar,
  	"attempts" numeric DEFAULT 0,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"duration_seconds" numeric,
  	"result" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media_progress" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"customer_id" uuid NOT NULL,
  	"item_id" uuid NOT NULL,
  	"views" numeric DEFAULT 1,
  	"position" numeric DEFAULT 0,
  	"duration" numeric,
  	"watched_seconds" numeric DEFAULT 0,
  	"completed" boolean DEFAULT false,
  	"last_viewed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "media_items_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "media_uploads_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "media_transcodes_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "media_progress_id" uuid;
  ALTER TABLE "media_items_target_models" ADD CONSTRAINT "media_items_target_models_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."media_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_items_target_stages" ADD CONSTRAINT "media_items_target_stages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."media_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_items" ADD CONSTRAINT "media_items_cover_id_media_uploads_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media_uploads"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_items" ADD CONSTRAINT "media_items_video_id_media_uploads_id_fk" FOREIGN KEY ("video_id") REFERENCES "public"."media_uploads"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_items_locales" ADD CONSTRAINT "media_items_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_items_rels" ADD CONSTRAINT "media_items_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."media_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_items_rels" ADD CONSTRAINT "media_items_rels_customers_fk" FOREIGN KEY ("customers_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_media_items_v_version_target_models" ADD CONSTRAINT "_media_items_v_version_target_models_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_media_items_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_media_items_v_version_target_stages" ADD CONSTRAINT "_media_items_v_version_target_stages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_media_items_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_media_items_v" ADD CONSTRAINT "_media_items_v_parent_id_media_items_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."media_items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_media_items_v" ADD CONSTRAINT "_media_items_v_version_cover_id_media_uploads_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media_uploads"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_media_items_v" ADD CONSTRAINT "_media_items_v_version_video_id_media_uploads_id_fk" FOREIGN KEY ("version_video_id") REFERENCES "public"."media_uploads"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_media_items_v_locales" ADD CONSTRAINT "_media_items_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_media_items_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_media_items_v_rels" ADD CONSTRAINT "_media_items_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_media_items_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_media_items_v_rels" ADD CONSTRAINT "_media_items_v_rels_customers_fk" FOREIGN KEY ("customers_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_uploads" ADD CONSTRAINT "media_uploads_item_id_media_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."media_items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_uploads_locales" ADD CONSTRAINT "media_uploads_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media_uploads"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_transcodes" ADD CONSTRAINT "media_transcodes_item_id_media_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."media_items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_transcodes" ADD CONSTRAINT "media_transcodes_source_id_media_uploads_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."media_uploads"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_progress" ADD CONSTRAINT "media_progress_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_progress" ADD CONSTRAINT "media_progress_item_id_media_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."media_items"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "media_items_target_models_order_idx" ON "media_items_target_models" USING btree ("order");
  CREATE INDEX "media_items_target_models_parent_idx" ON "media_items_target_models" USING btree ("parent_id");
  CREATE INDEX "media_items_target_stages_order_idx" ON "media_items_target_stages" USING btree ("order");
  CREATE INDEX "media_items_target_stages_parent_idx" ON "media_items_target_stages" USING btree ("parent_id");
  CREATE INDEX "media_items_type_idx" ON "media_items" USING btree ("type");
  CREATE INDEX "media_items_cover_idx" ON "media_items" USING btree ("cover_id");
  CREATE INDEX "media_items_video_idx" ON "media_items" USING btree ("video_id");
  CREATE INDEX "media_items_featured_idx" ON "media_items" USING btree ("featured");
  CREATE INDEX "media_items_published_at_idx" ON "media_items" USING btree ("published_at");
  CREATE INDEX "media_items_audience_idx" ON "media_items" USING btree ("audience");
  CREATE INDEX "media_items_updated_at_idx" ON "media_items" USING btree ("updated_at");
  CREATE INDEX "media_items_created_at_idx" ON "media_items" USING btree ("created_at");
  CREATE INDEX "media_items__status_idx" ON "media_items" USING btree ("_status");
  CREATE UNIQUE INDEX "media_items_locales_locale_parent_id_unique" ON "media_items_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_items_rels_order_idx" ON "media_items_rels" USING btree ("order");
  CREATE INDEX "media_items_rels_parent_idx" ON "media_items_rels" USING btree ("parent_id");
  CREATE INDEX "media_items_rels_path_idx" ON "media_items_rels" USING btree ("path");
  CREATE INDEX "media_items_rels_customers_id_idx" ON "media_items_rels" USING btree ("customers_id");
  CREATE INDEX "_media_items_v_version_target_models_order_idx" ON "_media_items_v_version_target_models" USING btree ("order");
  CREATE INDEX "_media_items_v_version_target_models_parent_idx" ON "_media_items_v_version_target_models" USING btree ("parent_id");
  CREATE INDEX "_media_items_v_version_target_stages_order_idx" ON "_media_items_v_version_target_stages" USING btree ("order");
  CREATE INDEX "_media_items_v_version_target_stages_parent_idx" ON "_media_items_v_version_target_stages" USING btree ("parent_id");
  CREATE INDEX "_media_items_v_parent_idx" ON "_media_items_v" USING btree ("parent_id");
  CREATE INDEX "_media_items_v_version_version_type_idx" ON "_media_items_v" USING btree ("version_type");
  CREATE INDEX "_media_items_v_version_version_cover_idx" ON "_media_items_v" USING btree ("version_cover_id");
  CREATE INDEX "_media_items_v_version_version_video_idx" ON "_media_items_v" USING btree ("version_video_id");
  CREATE INDEX "_media_items_v_version_version_featured_idx" ON "_media_items_v" USING btree ("version_featured");
  CREATE INDEX "_media_items_v_version_version_published_at_idx" ON "_media_items_v" USING btree ("version_published_at");
  CREATE INDEX "_media_items_v_version_version_audience_idx" ON "_media_items_v" USING btree ("version_audience");
  CREATE INDEX "_media_items_v_version_version_updated_at_idx" ON "_media_items_v" USING btree ("version_updated_at");
  CREATE INDEX "_media_items_v_version_version_created_at_idx" ON "_media_items_v" USING btree ("version_created_at");
  CREATE INDEX "_media_items_v_version_version__status_idx" ON "_media_items_v" USING btree ("version__status");
  CREATE INDEX "_media_items_v_created_at_idx" ON "_media_items_v" USING btree ("created_at");
  CREATE INDEX "_media_items_v_updated_at_idx" ON "_media_items_v" USING btree ("updated_at");
  CREATE INDEX "_media_items_v_snapshot_idx" ON "_media_items_v" USING btree ("snapshot");
  CREATE INDEX "_media_items_v_published_locale_idx" ON "_media_items_v" USING btree ("published_locale");
  CREATE INDEX "_media_items_v_latest_idx" ON "_media_items_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_media_items_v_locales_locale_parent_id_unique" ON "_media_items_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_media_items_v_rels_order_idx" ON "_media_items_v_rels" USING btree ("order");
  CREATE INDEX "_media_items_v_rels_parent_idx" ON "_media_items_v_rels" USING btree ("parent_id");
  CREATE INDEX "_media_items_v_rels_path_idx" ON "_media_items_v_rels" USING btree ("path");
  CREATE INDEX "_media_items_v_rels_customers_id_idx" ON "_media_items_v_rels" USING btree ("customers_id");
  CREATE INDEX "media_uploads_item_idx" ON "media_uploads" USING btree ("item_id");
  CREATE INDEX "media_uploads_updated_at_idx" ON "media_uploads" USING btree ("updated_at");
  CREATE INDEX "media_uploads_created_at_idx" ON "media_uploads" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_uploads_filename_idx" ON "media_uploads" USING btree ("filename");
  CREATE INDEX "media_uploads_sizes_card_sizes_card_filename_idx" ON "media_uploads" USING btree ("sizes_card_filename");
  CREATE INDEX "media_uploads_sizes_hero_sizes_hero_filename_idx" ON "media_uploads" USING btree ("sizes_hero_filename");
  CREATE UNIQUE INDEX "media_uploads_locales_locale_parent_id_unique" ON "media_uploads_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_transcodes_item_idx" ON "media_transcodes" USING btree ("item_id");
  CREATE INDEX "media_transcodes_source_idx" ON "media_transcodes" USING btree ("source_id");
  CREATE INDEX "media_transcodes_status_idx" ON "media_transcodes" USING btree ("status");
  CREATE INDEX "media_transcodes_updated_at_idx" ON "media_transcodes" USING btree ("updated_at");
  CREATE INDEX "media_transcodes_created_at_idx" ON "media_transcodes" USING btree ("created_at");
  CREATE INDEX "media_progress_customer_idx" ON "media_progress" USING btree ("customer_id");
  CREATE INDEX "media_progress_item_idx" ON "media_progress" USING btree ("item_id");
  CREATE INDEX "media_progress_last_viewed_at_idx" ON "media_progress" USING btree ("last_viewed_at");
  CREATE INDEX "media_progress_updated_at_idx" ON "media_progress" USING btree ("updated_at");
  CREATE INDEX "media_progress_created_at_idx" ON "media_progress" USING btree ("created_at");
  CREATE UNIQUE INDEX "customer_item_idx" ON "media_progress" USING btree ("customer_id","item_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_items_fk" FOREIGN KEY ("media_items_id") REFERENCES "public"."media_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_uploads_fk" FOREIGN KEY ("media_uploads_id") REFERENCES "public"."media_uploads"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_transcodes_fk" FOREIGN KEY ("media_transcodes_id") REFERENCES "public"."media_transcodes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_progress_fk" FOREIGN KEY ("media_progress_id") REFERENCES "public"."media_progress"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_media_items_id_idx" ON "payload_locked_documents_rels" USING btree ("media_items_id");
  CREATE INDEX "payload_locked_documents_rels_media_uploads_id_idx" ON "payload_locked_documents_rels" USING btree ("media_uploads_id");
  CREATE INDEX "payload_locked_documents_rels_media_transcodes_id_idx" ON "payload_locked_documents_rels" USING btree ("media_transcodes_id");
  CREATE INDEX "payload_locked_documents_rels_media_progress_id_idx" ON "payload_locked_documents_rels" USING btree ("media_progress_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media_items_target_models" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media_items_target_stages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media_items_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media_items_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_media_items_v_version_target_models" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_media_items_v_version_target_stages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_media_items_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_media_items_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_media_items_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media_uploads" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media_uploads_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media_transcodes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media_progress" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "media_items_target_models" CASCADE;
  DROP TABLE "media_items_target_stages" CASCADE;
  DROP TABLE "media_items" CASCADE;
  DROP TABLE "media_items_locales" CASCADE;
  DROP TABLE "media_items_rels" CASCADE;
  DROP TABLE "_media_items_v_version_target_models" CASCADE;
  DROP TABLE "_media_items_v_version_target_stages" CASCADE;
  DROP TABLE "_media_items_v" CASCADE;
  DROP TABLE "_media_items_v_locales" CASCADE;
  DROP TABLE "_media_items_v_rels" CASCADE;
  DROP TABLE "media_uploads" CASCADE;
  DROP TABLE "media_uploads_locales" CASCADE;
  DROP TABLE "media_transcodes" CASCADE;
  DROP TABLE "media_progress" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_media_items_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_media_uploads_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_media_transcodes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_media_progress_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendAccountEmail', 'sendPayloadMail', 'sendNotificationMail', 'sendNotificationDigests', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendAccountEmail', 'sendPayloadMail', 'sendNotificationMail', 'sendNotificationDigests', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_media_items_id_idx";
  DROP INDEX "payload_locked_documents_rels_media_uploads_id_idx";
  DROP INDEX "payload_locked_documents_rels_media_transcodes_id_idx";
  DROP INDEX "payload_locked_documents_rels_media_progress_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "media_items_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "media_uploads_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "media_transcodes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "media_progress_id";
  DROP TYPE "public"."enum_media_items_target_models";
  DROP TYPE "public"."enum_media_items_target_stages";
  DROP TYPE "public"."enum_media_items_type";
  DROP TYPE "public"."enum_media_items_audience";
  DROP TYPE "public"."enum_media_items_status";
  DROP TYPE "public"."enum__media_items_v_version_target_models";
  DROP TYPE "public"."enum__media_items_v_version_target_stages";
  DROP TYPE "public"."enum__media_items_v_version_type";
  DROP TYPE "public"."enum__media_items_v_version_audience";
  DROP TYPE "public"."enum__media_items_v_version_status";
  DROP TYPE "public"."enum__media_items_v_published_locale";
  DROP TYPE "public"."enum_media_transcodes_status";`)
}
