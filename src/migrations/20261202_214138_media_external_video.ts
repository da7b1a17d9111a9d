import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_media_items_external_provider" AS ENUM('youtube', 'vimeo');
  CREATE TYPE "public"."enum__media_items_v_version_external_provider" AS ENUM('youtube', 'vimeo');
  ALTER TABLE "media_items" ADD COLUMN "external_url" varchar;
  ALTER TABLE "media_items" ADD COLUMN "external_provider" "enum_media_items_external_provider";
  ALTER TABLE "media_items" ADD COLUMN "external_id" varchar;
  ALTER TABLE "_media_items_v" ADD COLUMN "version_external_url" varchar;
  ALTER TABLE "_media_items_v" ADD COLUMN "version_external_provider" "enum__media_items_v_version_external_provider";
  ALTER TABLE "_media_items_v" ADD COLUMN "version_external_id" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media_items" DROP COLUMN "external_url";
  ALTER TABLE "media_items" DROP COLUMN "external_provider";
  ALTER TABLE "media_items" DROP COLUMN "external_id";
  ALTER TABLE "_media_items_v" DROP COLUMN "version_external_url";
  ALTER TABLE "_media_items_v" DROP COLUMN "version_external_provider";
  ALTER TABLE "_media_items_v" DROP COLUMN "version_external_id";
  DROP TYPE "public"."enum_media_items_external_provider";
  DROP TYPE "public"."enum__media_items_v_version_external_provider";`)
}
