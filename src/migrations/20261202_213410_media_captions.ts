import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_media_captions_language" AS ENUM('nl', 'en', 'de');
  CREATE TABLE "media_captions" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"item_id" uuid NOT NULL,
  	"language" "enum_media_captions_language" NOT NULL,
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
  	"focal_y" numeric
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "media_captions_id" uuid;
  ALTER TABLE "media_captions" ADD CONSTRAINT "media_captions_item_id_media_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."media_items"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "media_captions_item_idx" ON "media_captions" USING btree ("item_id");
  CREATE INDEX "media_captions_updated_at_idx" ON "media_captions" USING btree ("updated_at");
  CREATE INDEX "media_captions_created_at_idx" ON "media_captions" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_captions_filename_idx" ON "media_captions" USING btree ("filename");
  CREATE UNIQUE INDEX "item_language_idx" ON "media_captions" USING btree ("item_id","language");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_captions_fk" FOREIGN KEY ("media_captions_id") REFERENCES "public"."media_captions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_media_captions_id_idx" ON "payload_locked_documents_rels" USING btree ("media_captions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media_captions" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "media_captions" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_media_captions_fk";
  
  DROP INDEX "payload_locked_documents_rels_media_captions_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "media_captions_id";
  DROP TYPE "public"."enum_media_captions_language";`)
}
