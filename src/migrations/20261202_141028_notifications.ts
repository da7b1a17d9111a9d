import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_customers_email_off" AS ENUM('production-update', 'milestone-reached', 'delivery-estimate-changed', 'new-document', 'signature-requested', 'message', 'new-content', 'event-news', 'reminder');
  CREATE TYPE "public"."enum_customers_notification_digest" AS ENUM('immediately', 'daily', 'weekly');
  CREATE TYPE "public"."enum_notifications_email_state" AS ENUM('pending', 'sending', 'sent', 'digest', 'skipped');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendNotificationMail';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendNotificationDigests';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendNotificationMail';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendNotificationDigests';
  CREATE TABLE "customers_email_off" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_customers_email_off",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "notifications" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"customer_id" uuid,
  	"staff_id" uuid,
  	"type" varchar NOT NULL,
  	"title" jsonb NOT NULL,
  	"body" jsonb,
  	"link" varchar NOT NULL,
  	"entity_collection" varchar,
  	"entity_id" varchar,
  	"order_id" uuid,
  	"confidential" boolean DEFAULT false,
  	"read_at" timestamp(3) with time zone,
  	"email_state" "enum_notifications_email_state" DEFAULT 'pending' NOT NULL,
  	"email_batch" varchar,
  	"emailed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "customers" ADD COLUMN "notification_digest" "enum_customers_notification_digest" DEFAULT 'immediately';
  ALTER TABLE "customers" ADD COLUMN "time_zone" varchar DEFAULT 'Europe/Amsterdam';
  ALTER TABLE "customers" ADD COLUMN "marketing_consent" boolean DEFAULT false;
  ALTER TABLE "customers" ADD COLUMN "marketing_consent_at" timestamp(3) with time zone;
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "notifications_id" uuid;
  ALTER TABLE "customers_email_off" ADD CONSTRAINT "customers_email_off_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "customers_email_off_order_idx" ON "customers_email_off" USING btree ("order");
  CREATE INDEX "customers_email_off_parent_idx" ON "customers_email_off" USING btree ("parent_id");
  CREATE INDEX "notifications_customer_idx" ON "notifications" USING btree ("customer_id");
  CREATE INDEX "notifications_staff_idx" ON "notifications" USING btree ("staff_id");
  CREATE INDEX "notifications_type_idx" ON "notifications" USING btree ("type");
  CREATE INDEX "notifications_order_idx" ON "notifications" USING btree ("order_id");
  CREATE INDEX "notifications_read_at_idx" ON "notifications" USING btree ("read_at");
  CREATE INDEX "notifications_email_state_idx" ON "notifications" USING btree ("email_state");
  CREATE INDEX "notifications_email_batch_idx" ON "notifications" USING btree ("email_batch");
  CREATE INDEX "notifications_updated_at_idx" ON "notifications" USING btree ("updated_at");
  CREATE INDEX "notifications_created_at_idx" ON "notifications" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notifications_fk" FOREIGN KEY ("notifications_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_notifications_id_idx" ON "payload_locked_documents_rels" USING btree ("notifications_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "customers_email_off" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "notifications" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "customers_email_off" CASCADE;
  DROP TABLE "notifications" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_notifications_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendAccountEmail', 'sendPayloadMail');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendAccountEmail', 'sendPayloadMail');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_notifications_id_idx";
  ALTER TABLE "customers" DROP COLUMN "notification_digest";
  ALTER TABLE "customers" DROP COLUMN "time_zone";
  ALTER TABLE "customers" DROP COLUMN "marketing_consent";
  ALTER TABLE "customers" DROP COLUMN "marketing_consent_at";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "notifications_id";
  DROP TYPE "public"."enum_customers_email_off";
  DROP TYPE "public"."enum_customers_notification_digest";
  DROP TYPE "public"."enum_notifications_email_state";`)
}
