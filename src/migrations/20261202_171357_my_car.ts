import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_orders_configuration_group" ADD VALUE 'options' BEFORE 'other';
  ALTER TABLE "orders_configuration" ADD COLUMN "swatch" varchar;
  ALTER TABLE "orders_configuration" ADD COLUMN "image_id" uuid;
  ALTER TABLE "orders_configuration_locales" ADD COLUMN "label" varchar;
  ALTER TABLE "orders" ADD COLUMN "vin" varchar;
  ALTER TABLE "orders_configuration" ADD CONSTRAINT "orders_configuration_image_id_order_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."order_media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "orders_configuration_image_idx" ON "orders_configuration" USING btree ("image_id");
  CREATE UNIQUE INDEX "orders_vin_idx" ON "orders" USING btree ("vin");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "orders_configuration" DROP CONSTRAINT "orders_configuration_image_id_order_media_id_fk";
  
  ALTER TABLE "orders_configuration" ALTER COLUMN "group" SET DATA TYPE text;
  ALTER TABLE "orders_configuration" ALTER COLUMN "group" SET DEFAULT 'exterior'::text;
  UPDATE "orders_configuration" SET "group" = 'other' WHERE "group" = 'options';
  DROP TYPE "public"."enum_orders_configuration_group";
  CREATE TYPE "public"."enum_orders_configuration_group" AS ENUM('exterior', 'interior', 'wheels', 'performance', 'comfort', 'other');
  ALTER TABLE "orders_configuration" ALTER COLUMN "group" SET DEFAULT 'exterior'::"public"."enum_orders_configuration_group";
  ALTER TABLE "orders_configuration" ALTER COLUMN "group" SET DATA TYPE "public"."enum_orders_configuration_group" USING "group"::"public"."enum_orders_configuration_group";
  DROP INDEX "orders_configuration_image_idx";
  DROP INDEX "orders_vin_idx";
  ALTER TABLE "orders_configuration" DROP COLUMN "swatch";
  ALTER TABLE "orders_configuration" DROP COLUMN "image_id";
  ALTER TABLE "orders_configuration_locales" DROP COLUMN "label";
  ALTER TABLE "orders" DROP COLUMN "vin";`)
}
