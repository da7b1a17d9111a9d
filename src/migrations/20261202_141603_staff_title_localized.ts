import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "staff_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  ALTER TABLE "staff_locales" ADD CONSTRAINT "staff_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."staff"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "staff_locales_locale_parent_id_unique" ON "staff_locales" USING btree ("_locale","_parent_id");
  -- Existing titles become the default-locale (English) text; other languages fall back to it.
  INSERT INTO "staff_locales" ("title", "_locale", "_parent_id")
    SELECT "title", 'en', "id" FROM "staff" WHERE "title" IS NOT NULL;
  ALTER TABLE "staff" DROP COLUMN "title";`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "staff" ADD COLUMN "title" varchar;
  UPDATE "staff" SET "title" = l."title"
    FROM "staff_locales" l WHERE l."_parent_id" = "staff"."id" AND l."_locale" = 'en';
   DROP TABLE "staff_locales" CASCADE;`)
}
