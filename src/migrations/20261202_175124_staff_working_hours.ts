import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_staff_working_hours_days" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  CREATE TABLE "staff_working_hours_days" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_staff_working_hours_days",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  ALTER TABLE "staff" ADD COLUMN "working_hours_from" varchar DEFAULT '09:00';
  ALTER TABLE "staff" ADD COLUMN "working_hours_to" varchar DEFAULT '17:30';
  ALTER TABLE "staff" ADD COLUMN "working_hours_time_zone" varchar DEFAULT 'Europe/Amsterdam';
  ALTER TABLE "staff_working_hours_days" ADD CONSTRAINT "staff_working_hours_days_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."staff"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "staff_working_hours_days_order_idx" ON "staff_working_hours_days" USING btree ("order");
  CREATE INDEX "staff_working_hours_days_parent_idx" ON "staff_working_hours_days" USING btree ("parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "staff_working_hours_days" CASCADE;
  ALTER TABLE "staff" DROP COLUMN "working_hours_from";
  ALTER TABLE "staff" DROP COLUMN "working_hours_to";
  ALTER TABLE "staff" DROP COLUMN "working_hours_time_zone";
  DROP TYPE "public"."enum_staff_working_hours_days";`)
}
