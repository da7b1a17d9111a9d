import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_signature_requests_signing_order" AS ENUM('sequential', 'parallel');
  CREATE TYPE "public"."enum_signature_requests_status" AS ENUM('draft', 'sent', 'completed', 'declined', 'expired', 'cancelled');
  CREATE TYPE "public"."enum_signature_signers_role" AS ENUM('customer', 'staff');
  CREATE TYPE "public"."enum_signature_signers_status" AS ENUM('pending', 'viewed', 'signed', 'declined');
  CREATE TYPE "public"."enum_signature_signers_signature_kind" AS ENUM('drawn', 'typed');
  CREATE TYPE "public"."enum_signature_events_type" AS ENUM('created', 'sent', 'viewed', 'reminded', 'signed', 'declined', 'expired', 'cancelled', 'completed');
  CREATE TYPE "public"."enum_signature_events_actor_type" AS ENUM('customer', 'staff', 'system', 'integration');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'esignReminders' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'esignReminders' BEFORE 'schedulePublish';
  CREATE TABLE "signature_requests" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"document_id" uuid NOT NULL,
  	"signing_order" "enum_signature_requests_signing_order" DEFAULT 'sequential' NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"counter_signer_id" uuid,
  	"message" varchar,
  	"status" "enum_signature_requests_status" DEFAULT 'draft',
  	"title" varchar,
  	"customer_id" uuid,
  	"order_id" uuid,
  	"document_version_id" uuid,
  	"document_sha256" varchar,
  	"created_by_id" uuid,
  	"sent_at" timestamp(3) with time zone,
  	"completed_at" timestamp(3) with time zone,
  	"reminded_for_days" numeric,
  	"signed_file" varchar,
  	"signed_sha256" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "signature_signers" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"request_id" uuid NOT NULL,
  	"customer_id" uuid NOT NULL,
  	"role" "enum_signature_signers_role" NOT NULL,
  	"position" numeric NOT NULL,
  	"signer_customer_id" uuid,
  	"signer_staff_id" uuid,
  	"name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"status" "enum_signature_signers_status" DEFAULT 'pending',
  	"viewed_at" timestamp(3) with time zone,
  	"signed_at" timestamp(3) with time zone,
  	"legal_name" varchar,
  	"signature_kind" "enum_signature_signers_signature_kind",
  	"signature_image" varchar,
  	"declined_at" timestamp(3) with time zone,
  	"decline_reason" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "signature_events" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"request_id" uuid NOT NULL,
  	"customer_id" uuid NOT NULL,
  	"signer_id" uuid,
  	"type" "enum_signature_events_type" NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"actor_type" "enum_signature_events_actor_type" NOT NULL,
  	"actor_id" varchar,
  	"actor_label" varchar,
  	"ip" varchar,
  	"user_agent" varchar,
  	"document_sha256" varchar NOT NULL,
  	"details" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "signature_requests_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "signature_signers_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "signature_events_id" uuid;
  ALTER TABLE "signature_requests" ADD CONSTRAINT "signature_requests_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "signature_requests" ADD CONSTRAINT "signature_requests_counter_signer_id_staff_id_fk" FOREIGN KEY ("counter_signer_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "signature_requests" ADD CONSTRAINT "signature_requests_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "signature_requests" ADD CONSTRAINT "signature_requests_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "signature_requests" ADD CONSTRAINT "signature_requests_document_version_id_document_versions_id_fk" FOREIGN KEY ("document_version_id") REFERENCES "public"."document_versions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "signature_requests" ADD CONSTRAINT "signature_requests_created_by_id_staff_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "signature_signers" ADD CONSTRAINT "signature_signers_request_id_signature_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."signature_requests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "signature_signers" ADD CONSTRAINT "signature_signers_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "signature_signers" ADD CONSTRAINT "signature_signers_signer_customer_id_customers_id_fk" FOREIGN KEY ("signer_customer_id") REFERENCES "public"."customers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "signature_signers" ADD CONSTRAINT "signature_signers_signer_staff_id_staff_id_fk" FOREIGN KEY ("signer_staff_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "signature_events" ADD CONSTRAINT "signature_events_request_id_signature_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."signature_requests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "signature_events" ADD CONSTRAINT "signature_events_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "signature_events" ADD CONSTRAINT "signature_events_signer_id_signature_signers_id_fk" FOREIGN KEY ("signer_id") REFERENCES "public"."signature_signers"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "signature_requests_document_idx" ON "signature_requests" USING btree ("document_id");
  CREATE INDEX "signature_requests_counter_signer_idx" ON "signature_requests" USING btree ("counter_signer_id");
  CREATE INDEX "signature_requests_status_idx" ON "signature_requests" USING btree ("status");
  CREATE INDEX "signature_requests_customer_idx" ON "signature_requests" USING btree ("customer_id");
  CREATE INDEX "signature_requests_order_idx" ON "signature_requests" USING btree ("order_id");
  CREATE INDEX "signature_requests_document_version_idx" ON "signature_requests" USING btree ("document_version_id");
  CREATE INDEX "signature_requests_created_by_idx" ON "signature_requests" USING btree ("created_by_id");
  CREATE INDEX "signature_requests_updated_at_idx" ON "signature_requests" USING btree ("updated_at");
  CREATE INDEX "signature_requests_created_at_idx" ON "signature_requests" USING btree ("created_at");
  CREATE INDEX "signature_signers_request_idx" ON "signature_signers" USING btree ("request_id");
  CREATE INDEX "signature_signers_customer_idx" ON "signature_signers" USING btree ("customer_id");
  CREATE INDEX "signature_signers_signer_customer_idx" ON "signature_signers" USING btree ("signer_customer_id");
  CREATE INDEX "signature_signers_signer_staff_idx" ON "signature_signers" USING btree ("signer_staff_id");
  CREATE INDEX "signature_signers_updated_at_idx" ON "signature_signers" USING btree ("updated_at");
  CREATE INDEX "signature_signers_created_at_idx" ON "signature_signers" USING btree ("created_at");
  CREATE UNIQUE INDEX "request_position_idx" ON "signature_signers" USING btree ("request_id","position");
  CREATE INDEX "signature_events_request_idx" ON "signature_events" USING btree ("request_id");
  CREATE INDEX "signature_events_customer_idx" ON "signature_events" USING btree ("customer_id");
  CREATE INDEX "signature_events_signer_idx" ON "signature_events" USING btree ("signer_id");
  CREATE INDEX "signature_events_updated_at_idx" ON "signature_events" USING btree ("updated_at");
  CREATE INDEX "signature_events_created_at_idx" ON "signature_events" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_signature_requests_fk" FOREIGN KEY ("signature_requests_id") REFERENCES "public"."signature_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_signature_signers_fk" FOREIGN KEY ("signature_signers_id") REFERENCES "public"."signature_signers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_signature_events_fk" FOREIGN KEY ("signature_events_id") REFERENCES "public"."signature_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_signature_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("signature_requests_id");
  CREATE INDEX "payload_locked_documents_rels_signature_signers_id_idx" ON "payload_locked_documents_rels" USING btree ("signature_signers_id");
  CREATE INDEX "payload_locked_documents_rels_signature_events_id_idx" ON "payload_locked_documents_rels" USING btree ("signature_events_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "signature_requests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "signature_signers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "signature_events" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "signature_requests" CASCADE;
  DROP TABLE "signature_signers" CASCADE;
  DROP TABLE "signature_events" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_signature_requests_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_signature_signers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_signature_events_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendAccountEmail', 'sendPayloadMail', 'sendNotificationMail', 'sendNotificationDigests', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendAccountEmail', 'sendPayloadMail', 'sendNotificationMail', 'sendNotificationDigests', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_signature_requests_id_idx";
  DROP INDEX "payload_locked_documents_rels_signature_signers_id_idx";
  DROP INDEX "payload_locked_documents_rels_signature_events_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "signature_requests_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "signature_signers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "signature_events_id";
  DROP TYPE "public"."enum_signature_requests_signing_order";
  DROP TYPE "public"."enum_signature_requests_status";
  DROP TYPE "public"."enum_signature_signers_role";
  DROP TYPE "public"."enum_signature_signers_status";
  DROP TYPE "public"."enum_signature_signers_signature_kind";
  DROP TYPE "public"."enum_signature_events_type";
  DROP TYPE "public"."enum_signature_events_actor_type";`)
}
