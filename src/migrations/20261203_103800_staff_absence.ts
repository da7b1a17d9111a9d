import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "staff" ADD COLUMN "absence_from" timestamp(3) with time zone;
  ALTER TABLE "staff" ADD COLUMN "absence_until" timestamp(3) with time zone;
  ALTER TABLE "staff" ADD COLUMN "absence_covered_by_id" uuid;
  ALTER TABLE "staff" ADD CONSTRAINT "staff_absence_covered_by_id_staff_id_fk" FOREIGN KEY ("absence_covered_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "staff_absence_absence_until_idx" ON "staff" USING btree ("absence_until");
  CREATE INDEX "staff_absence_absence_covered_by_idx" ON "staff" USING btree ("absence_covered_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "staff" DROP CONSTRAINT "staff_absence_covered_by_id_staff_id_fk";
  
  DROP INDEX "staff_absence_absence_until_idx";
  DROP INDEX "staff_absence_absence_covered_by_idx";
  ALTER TABLE "staff" DROP COLUMN "absence_from";
  ALTER TABLE "staff" DROP COLUMN "absence_until";
  ALTER TABLE "staff" DROP COLUMN "absence_covered_by_id";`)
}
