import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_signature_requests_provider" AS ENUM('builtin', 'docusign');
  ALTER TABLE "signature_requests" ADD COLUMN "provider" "enum_signature_requests_provider" DEFAULT 'builtin';
  ALTER TABLE "signature_requests" ADD COLUMN "provider_ref" varchar;
  CREATE INDEX "signature_requests_provider_ref_idx" ON "signature_requests" USING btree ("provider_ref");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "signature_requests_provider_ref_idx";
  ALTER TABLE "signature_requests" DROP COLUMN "provider";
  ALTER TABLE "signature_requests" DROP COLUMN "provider_ref";
  DROP TYPE "public"."enum_signature_requests_provider";`)
}
