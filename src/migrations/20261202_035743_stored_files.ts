import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "stored_files" (
  	"id" varchar PRIMARY KEY NOT NULL,
  	"storage_key" varchar NOT NULL,
  	"key_id" varchar NOT NULL,
  	"wrapped_key" varchar NOT NULL,
  	"envelope_version" numeric NOT NULL,
  	"chunk_size" numeric NOT NULL,
  	"nonce_prefix" varchar NOT NULL,
  	"size" numeric NOT NULL,
  	"content_type" varchar NOT NULL,
  	"filename" varchar NOT NULL,
  	"sha256" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "stored_files_id" varchar;
  CREATE UNIQUE INDEX "stored_files_storage_key_idx" ON "stored_files" USING btree ("storage_key");
  CREATE INDEX "stored_files_key_id_idx" ON "stored_files" USING btree ("key_id");
  CREATE INDEX "stored_files_updated_at_idx" ON "stored_files" USING btree ("updated_at");
  CREATE INDEX "stored_files_created_at_idx" ON "stored_files" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_stored_files_fk" FOREIGN KEY ("stored_files_id") REFERENCES "public"."stored_files"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_stored_files_id_idx" ON "payload_locked_documents_rels" USING btree ("stored_files_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "stored_files" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "stored_files" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_stored_files_fk";
  
  DROP INDEX "payload_locked_documents_rels_stored_files_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "stored_files_id";`)
}
