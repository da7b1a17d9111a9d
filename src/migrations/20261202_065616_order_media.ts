import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "order_media" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"order_id" uuid NOT NULL,
  	"visible_to_customer" boolean DEFAULT false,
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
  
  CREATE TABLE "order_media_locales" (
  	"alt" varchar,
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  ALTER TABLE "stored_files" ADD COLUMN "owner_collection" varchar;
  ALTER TABLE "stored_files" ADD COLUMN "owner_id" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "order_media_id" uuid;
  ALTER TABLE "order_media" ADD CONSTRAINT "order_media_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "order_media_locales" ADD CONSTRAINT "order_media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."order_media"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "order_media_order_idx" ON "order_media" USING btree ("order_id");
  CREATE INDEX "order_media_visible_to_customer_idx" ON "order_media" USING btree ("visible_to_customer");
  CREATE INDEX "order_media_updated_at_idx" ON "order_media" USING btree ("updated_at");
  CREATE INDEX "order_media_created_at_idx" ON "order_media" USING btree ("created_at");
  CREATE UNIQUE INDEX "order_media_filename_idx" ON "order_media" USING btree ("filename");
  CREATE INDEX "order_media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "order_media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "order_media_sizes_large_sizes_large_filename_idx" ON "order_media" USING btree ("sizes_large_filename");
  CREATE UNIQUE INDEX "order_media_locales_locale_parent_id_unique" ON "order_media_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_order_media_fk" FOREIGN KEY ("order_media_id") REFERENCES "public"."order_media"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "stored_files_owner_collection_idx" ON "stored_files" USING btree ("owner_collection");
  CREATE INDEX "stored_files_owner_id_idx" ON "stored_files" USING btree ("owner_id");
  CREATE INDEX "payload_locked_documents_rels_order_media_id_idx" ON "payload_locked_documents_rels" USING btree ("order_media_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "order_media" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "order_media_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "order_media" CASCADE;
  DROP TABLE "order_media_locales" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_order_media_fk";
  
  DROP INDEX "stored_files_owner_collection_idx";
  DROP INDEX "stored_files_owner_id_idx";
  DROP INDEX "payload_locked_documents_rels_order_media_id_idx";
  ALTER TABLE "stored_files" DROP COLUMN "owner_collection";
  ALTER TABLE "stored_files" DROP COLUMN "owner_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "order_media_id";`)
}
