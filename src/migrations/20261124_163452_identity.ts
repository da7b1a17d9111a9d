import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_customer_sessions_method" AS ENUM('password', 'password+totp', 'password+recovery-code', 'password+passkey', 'passkey', 'sso', 'sso+mfa');
  CREATE TYPE "public"."enum_passkeys_device_type" AS ENUM('singleDevice', 'multiDevice');
  CREATE TYPE "public"."enum_staff_factor_checks_method" AS ENUM('totp', 'recovery-code', 'passkey', 'sso-mfa');
  CREATE TABLE "passkeys" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"customer_id" uuid,
  	"staff_id" uuid,
  	"credential_id" varchar NOT NULL,
  	"public_key" varchar NOT NULL,
  	"counter" numeric DEFAULT 0 NOT NULL,
  	"transports" jsonb,
  	"device_type" "enum_passkeys_device_type",
  	"backed_up" boolean,
  	"last_used_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "identities" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"provider_id" varchar NOT NULL,
  	"issuer" varchar NOT NULL,
  	"subject" varchar NOT NULL,
  	"customer_id" uuid,
  	"staff_id" uuid,
  	"email_at_link" varchar,
  	"last_used_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "staff_factor_checks" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"staff_id" uuid NOT NULL,
  	"sid" varchar NOT NULL,
  	"verified_at" timestamp(3) with time zone NOT NULL,
  	"method" "enum_staff_factor_checks_method" NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "rate_limit_buckets" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar NOT NULL,
  	"window_start" timestamp(3) with time zone NOT NULL,
  	"count" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "customers" ADD COLUMN "totp_enabled_at" timestamp(3) with time zone;
  ALTER TABLE "customers" ADD COLUMN "recovery_codes_created_at" timestamp(3) with time zone;
  ALTER TABLE "customers" ADD COLUMN "second_factor_reset_at" timestamp(3) with time zone;
  ALTER TABLE "customers" ADD COLUMN "totp_secret" varchar;
  ALTER TABLE "customers" ADD COLUMN "totp_pending_secret" varchar;
  ALTER TABLE "customers" ADD COLUMN "totp_last_step" numeric;
  ALTER TABLE "customers" ADD COLUMN "recovery_codes" jsonb;
  ALTER TABLE "customers" ADD COLUMN "webauthn_user_id" varchar;
  ALTER TABLE "staff" ADD COLUMN "totp_enabled_at" timestamp(3) with time zone;
  ALTER TABLE "staff" ADD COLUMN "recovery_codes_created_at" timestamp(3) with time zone;
  ALTER TABLE "staff" ADD COLUMN "second_factor_reset_at" timestamp(3) with time zone;
  ALTER TABLE "staff" ADD COLUMN "totp_secret" varchar;
  ALTER TABLE "staff" ADD COLUMN "totp_pending_secret" varchar;
  ALTER TABLE "staff" ADD COLUMN "totp_last_step" numeric;
  ALTER TABLE "staff" ADD COLUMN "recovery_codes" jsonb;
  ALTER TABLE "staff" ADD COLUMN "webauthn_user_id" varchar;
  ALTER TABLE "customer_sessions" ADD COLUMN "method" "enum_customer_sessions_method";
  ALTER TABLE "customer_sessions" ADD COLUMN "second_factor_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "passkeys_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "identities_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "staff_factor_checks_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "rate_limit_buckets_id" uuid;
  ALTER TABLE "passkeys" ADD CONSTRAINT "passkeys_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "passkeys" ADD CONSTRAINT "passkeys_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "identities" ADD CONSTRAINT "identities_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "identities" ADD CONSTRAINT "identities_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "staff_factor_checks" ADD CONSTRAINT "staff_factor_checks_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "passkeys_customer_idx" ON "passkeys" USING btree ("customer_id");
  CREATE INDEX "passkeys_staff_idx" ON "passkeys" USING btree ("staff_id");
  CREATE UNIQUE INDEX "passkeys_credential_id_idx" ON "passkeys" USING btree ("credential_id");
  CREATE INDEX "passkeys_updated_at_idx" ON "passkeys" USING btree ("updated_at");
  CREATE INDEX "passkeys_created_at_idx" ON "passkeys" USING btree ("created_at");
  CREATE INDEX "identities_customer_idx" ON "identities" USING btree ("customer_id");
  CREATE INDEX "identities_staff_idx" ON "identities" USING btree ("staff_id");
  CREATE INDEX "identities_updated_at_idx" ON "identities" USING btree ("updated_at");
  CREATE INDEX "identities_created_at_idx" ON "identities" USING btree ("created_at");
  CREATE UNIQUE INDEX "issuer_subject_idx" ON "identities" USING btree ("issuer","subject");
  CREATE INDEX "staff_factor_checks_staff_idx" ON "staff_factor_checks" USING btree ("staff_id");
  CREATE INDEX "staff_factor_checks_sid_idx" ON "staff_factor_checks" USING btree ("sid");
  CREATE INDEX "staff_factor_checks_updated_at_idx" ON "staff_factor_checks" USING btree ("updated_at");
  CREATE INDEX "staff_factor_checks_created_at_idx" ON "staff_factor_checks" USING btree ("created_at");
  CREATE UNIQUE INDEX "rate_limit_buckets_key_idx" ON "rate_limit_buckets" USING btree ("key");
  CREATE INDEX "rate_limit_buckets_updated_at_idx" ON "rate_limit_buckets" USING btree ("updated_at");
  CREATE INDEX "rate_limit_buckets_created_at_idx" ON "rate_limit_buckets" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_passkeys_fk" FOREIGN KEY ("passkeys_id") REFERENCES "public"."passkeys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_identities_fk" FOREIGN KEY ("identities_id") REFERENCES "public"."identities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_staff_factor_checks_fk" FOREIGN KEY ("staff_factor_checks_id") REFERENCES "public"."staff_factor_checks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_rate_limit_buckets_fk" FOREIGN KEY ("rate_limit_buckets_id") REFERENCES "public"."rate_limit_buckets"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "customers_webauthn_user_id_idx" ON "customers" USING btree ("webauthn_user_id");
  CREATE INDEX "staff_webauthn_user_id_idx" ON "staff" USING btree ("webauthn_user_id");
  CREATE INDEX "payload_locked_documents_rels_passkeys_id_idx" ON "payload_locked_documents_rels" USING btree ("passkeys_id");
  CREATE INDEX "payload_locked_documents_rels_identities_id_idx" ON "payload_locked_documents_rels" USING btree ("identities_id");
  CREATE INDEX "payload_locked_documents_rels_staff_factor_checks_id_idx" ON "payload_locked_documents_rels" USING btree ("staff_factor_checks_id");
  CREATE INDEX "payload_locked_documents_rels_rate_limit_buckets_id_idx" ON "payload_locked_documents_rels" USING btree ("rate_limit_buckets_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "passkeys" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "identities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "staff_factor_checks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "rate_limit_buckets" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "passkeys" CASCADE;
  DROP TABLE "identities" CASCADE;
  DROP TABLE "staff_factor_checks" CASCADE;
  DROP TABLE "rate_limit_buckets" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_passkeys_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_identities_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_staff_factor_checks_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_rate_limit_buckets_fk";
  
  DROP INDEX "customers_webauthn_user_id_idx";
  DROP INDEX "staff_webauthn_user_id_idx";
  DROP INDEX "payload_locked_documents_rels_passkeys_id_idx";
  DROP INDEX "payload_locked_documents_rels_identities_id_idx";
  DROP INDEX "payload_locked_documents_rels_staff_factor_checks_id_idx";
  DROP INDEX "payload_locked_documents_rels_rate_limit_buckets_id_idx";
  ALTER TABLE "customers" DROP COLUMN "totp_enabled_at";
  ALTER TABLE "customers" DROP COLUMN "recovery_codes_created_at";
  ALTER TABLE "customers" DROP COLUMN "second_factor_reset_at";
  ALTER TABLE "customers" DROP COLUMN "totp_secret";
  ALTER TABLE "customers" DROP COLUMN "totp_pending_secret";
  ALTER TABLE "customers" DROP COLUMN "totp_last_step";
  ALTER TABLE "customers" DROP COLUMN "recovery_codes";
  ALTER TABLE "customers" DROP COLUMN "webauthn_user_id";
  ALTER TABLE "staff" DROP COLUMN "totp_enabled_at";
  ALTER TABLE "staff" DROP COLUMN "recovery_codes_created_at";
  ALTER TABLE "staff" DROP COLUMN "second_factor_reset_at";
  ALTER TABLE "staff" DROP COLUMN "totp_secret";
  ALTER TABLE "staff" DROP COLUMN "totp_pending_secret";
  ALTER TABLE "staff" DROP COLUMN "totp_last_step";
  ALTER TABLE "staff" DROP COLUMN "recovery_codes";
  ALTER TABLE "staff" DROP COLUMN "webauthn_user_id";
  ALTER TABLE "customer_sessions" DROP COLUMN "method";
  ALTER TABLE "customer_sessions" DROP COLUMN "second_factor_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "passkeys_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "identities_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "staff_factor_checks_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "rate_limit_buckets_id";
  DROP TYPE "public"."enum_customer_sessions_method";
  DROP TYPE "public"."enum_passkeys_device_type";
  DROP TYPE "public"."enum_staff_factor_checks_method";`)
}
