import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "orders_configuration_locales" ALTER COLUMN "option" DROP NOT NULL;
  ALTER TABLE "orders_action_items_locales" ALTER COLUMN "title" DROP NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "orders_configuration_locales" ALTER COLUMN "option" SET NOT NULL;
  ALTER TABLE "orders_action_items_locales" ALTER COLUMN "title" SET NOT NULL;`)
}
