import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_help_categories_icon" AS ENUM('truck', 'sliders', 'credit-card', 'file-signature', 'calendar', 'sparkles');
  CREATE TYPE "public"."enum_help_articles_target_models" AS ENUM('p24-rs', 'f22', 'd8-gto-individual-series', 'd8-gto-jd70');
  CREATE TYPE "public"."enum_help_articles_target_stages" AS ENUM('design', 'engineering', 'production', 'final-assembly', 'delivery');
  CREATE TYPE "public"."enum_help_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__help_articles_v_version_target_models" AS ENUM('p24-rs', 'f22', 'd8-gto-individual-series', 'd8-gto-jd70');
  CREATE TYPE "public"."enum__help_articles_v_version_target_stages" AS ENUM('design', 'engineering', 'production', 'final-assembly', 'delivery');
  CREATE TYPE "public"."enum__help_articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__help_articles_v_published_locale" AS ENUM('nl', 'en', 'de');
  CREATE TABLE "help_categories" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"slug" varchar NOT NULL,
  	"icon" "enum_help_categories_icon" DEFAULT 'sparkles',
  	"order" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "help_categories_locales" (
  	"title" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "help_articles_target_models" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_help_articles_target_models",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "help_articles_target_stages" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_help_articles_target_stages",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "help_articles" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"slug" varchar,
  	"category_id" uuid,
  	"order" numeric DEFAULT 0,
  	"any_model" boolean DEFAULT true,
  	"any_stage" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_help_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "help_articles_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "help_articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"help_articles_id" uuid
  );
  
  CREATE TABLE "_help_articles_v_version_target_models" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum__help_articles_v_version_target_models",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "_help_articles_v_version_target_stages" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum__help_articles_v_version_target_stages",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "_help_articles_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_slug" varchar,
  	"version_category_id" uuid,
  	"version_order" numeric DEFAULT 0,
  	"version_any_model" boolean DEFAULT true,
  	"version_any_stage" boolean DEFAULT true,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__help_articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__help_articles_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_help_articles_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_help_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"help_articles_id" uuid
  );
  
  CREATE TABLE "help_feedback" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"customer_id" uuid NOT NULL,
  	"article_id" uuid NOT NULL,
  	"helpful" boolean DEFAULT true NOT NULL,
  	"comment" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "help_categories_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "help_articles_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "help_feedback_id" uuid;
  ALTER TABLE "help_categories_locales" ADD CONSTRAINT "help_categories_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."help_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "help_articles_target_models" ADD CONSTRAINT "help_articles_target_models_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."help_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "help_articles_target_stages" ADD CONSTRAINT "help_articles_target_stages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."help_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "help_articles" ADD CONSTRAINT "help_articles_category_id_help_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."help_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "help_articles_locales" ADD CONSTRAINT "help_articles_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."help_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "help_articles_rels" ADD CONSTRAINT "help_articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."help_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "help_articles_rels" ADD CONSTRAINT "help_articles_rels_help_articles_fk" FOREIGN KEY ("help_articles_id") REFERENCES "public"."help_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_help_articles_v_version_target_models" ADD CONSTRAINT "_help_articles_v_version_target_models_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_help_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_help_articles_v_version_target_stages" ADD CONSTRAINT "_help_articles_v_version_target_stages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_help_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_help_articles_v" ADD CONSTRAINT "_help_articles_v_parent_id_help_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."help_articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_help_articles_v" ADD CONSTRAINT "_help_articles_v_version_category_id_help_categories_id_fk" FOREIGN KEY ("version_category_id") REFERENCES "public"."help_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_help_articles_v_locales" ADD CONSTRAINT "_help_articles_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_help_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_help_articles_v_rels" ADD CONSTRAINT "_help_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_help_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_help_articles_v_rels" ADD CONSTRAINT "_help_articles_v_rels_help_articles_fk" FOREIGN KEY ("help_articles_id") REFERENCES "public"."help_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "help_feedback" ADD CONSTRAINT "help_feedback_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "help_feedback" ADD CONSTRAINT "help_feedback_article_id_help_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."help_articles"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "help_categories_slug_idx" ON "help_categories" USING btree ("slug");
  CREATE INDEX "help_categories_updated_at_idx" ON "help_categories" USING btree ("updated_at");
  CREATE INDEX "help_categories_created_at_idx" ON "help_categories" USING btree ("created_at");
  CREATE UNIQUE INDEX "help_categories_locales_locale_parent_id_unique" ON "help_categories_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "help_articles_target_models_order_idx" ON "help_articles_target_models" USING btree ("order");
  CREATE INDEX "help_articles_target_models_parent_idx" ON "help_articles_target_models" USING btree ("parent_id");
  CREATE INDEX "help_articles_target_stages_order_idx" ON "help_articles_target_stages" USING btree ("order");
  CREATE INDEX "help_articles_target_stages_parent_idx" ON "help_articles_target_stages" USING btree ("parent_id");
  CREATE UNIQUE INDEX "help_articles_slug_idx" ON "help_articles" USING btree ("slug");
  CREATE INDEX "help_articles_category_idx" ON "help_articles" USING btree ("category_id");
  CREATE INDEX "help_articles_any_model_idx" ON "help_articles" USING btree ("any_model");
  CREATE INDEX "help_articles_any_stage_idx" ON "help_articles" USING btree ("any_stage");
  CREATE INDEX "help_articles_updated_at_idx" ON "help_articles" USING btree ("updated_at");
  CREATE INDEX "help_articles_created_at_idx" ON "help_articles" USING btree ("created_at");
  CREATE INDEX "help_articles__status_idx" ON "help_articles" USING btree ("_status");
  CREATE UNIQUE INDEX "help_articles_locales_locale_parent_id_unique" ON "help_articles_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "help_articles_rels_order_idx" ON "help_articles_rels" USING btree ("order");
  CREATE INDEX "help_articles_rels_parent_idx" ON "help_articles_rels" USING btree ("parent_id");
  CREATE INDEX "help_articles_rels_path_idx" ON "help_articles_rels" USING btree ("path");
  CREATE INDEX "help_articles_rels_help_articles_id_idx" ON "help_articles_rels" USING btree ("help_articles_id");
  CREATE INDEX "_help_articles_v_version_target_models_order_idx" ON "_help_articles_v_version_target_models" USING btree ("order");
  CREATE INDEX "_help_articles_v_version_target_models_parent_idx" ON "_help_articles_v_version_target_models" USING btree ("parent_id");
  CREATE INDEX "_help_articles_v_version_target_stages_order_idx" ON "_help_articles_v_version_target_stages" USING btree ("order");
  CREATE INDEX "_help_articles_v_version_target_stages_parent_idx" ON "_help_articles_v_version_target_stages" USING btree ("parent_id");
  CREATE INDEX "_help_articles_v_parent_idx" ON "_help_articles_v" USING btree ("parent_id");
  CREATE INDEX "_help_articles_v_version_version_slug_idx" ON "_help_articles_v" USING btree ("version_slug");
  CREATE INDEX "_help_articles_v_version_version_category_idx" ON "_help_articles_v" USING btree ("version_category_id");
  CREATE INDEX "_help_articles_v_version_version_any_model_idx" ON "_help_articles_v" USING btree ("version_any_model");
  CREATE INDEX "_help_articles_v_version_version_any_stage_idx" ON "_help_articles_v" USING btree ("version_any_stage");
  CREATE INDEX "_help_articles_v_version_version_updated_at_idx" ON "_help_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_help_articles_v_version_version_created_at_idx" ON "_help_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_help_articles_v_version_version__status_idx" ON "_help_articles_v" USING btree ("version__status");
  CREATE INDEX "_help_articles_v_created_at_idx" ON "_help_articles_v" USING btree ("created_at");
  CREATE INDEX "_help_articles_v_updated_at_idx" ON "_help_articles_v" USING btree ("updated_at");
  CREATE INDEX "_help_articles_v_snapshot_idx" ON "_help_articles_v" USING btree ("snapshot");
  CREATE INDEX "_help_articles_v_published_locale_idx" ON "_help_articles_v" USING btree ("published_locale");
  CREATE INDEX "_help_articles_v_latest_idx" ON "_help_articles_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_help_articles_v_locales_locale_parent_id_unique" ON "_help_articles_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_help_articles_v_rels_order_idx" ON "_help_articles_v_rels" USING btree ("order");
  CREATE INDEX "_help_articles_v_rels_parent_idx" ON "_help_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_help_articles_v_rels_path_idx" ON "_help_articles_v_rels" USING btree ("path");
  CREATE INDEX "_help_articles_v_rels_help_articles_id_idx" ON "_help_articles_v_rels" USING btree ("help_articles_id");
  CREATE INDEX "help_feedback_customer_idx" ON "help_feedback" USING btree ("customer_id");
  CREATE INDEX "help_feedback_article_idx" ON "help_feedback" USING btree ("article_id");
  CREATE INDEX "help_feedback_updated_at_idx" ON "help_feedback" USING btree ("updated_at");
  CREATE INDEX "help_feedback_created_at_idx" ON "help_feedback" USING btree ("created_at");
  CREATE UNIQUE INDEX "customer_article_idx" ON "help_feedback" USING btree ("customer_id","article_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_help_categories_fk" FOREIGN KEY ("help_categories_id") REFERENCES "public"."help_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_help_articles_fk" FOREIGN KEY ("help_articles_id") REFERENCES "public"."help_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_help_feedback_fk" FOREIGN KEY ("help_feedback_id") REFERENCES "public"."help_feedback"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_help_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("help_categories_id");
  CREATE INDEX "payload_locked_documents_rels_help_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("help_articles_id");
  CREATE INDEX "payload_locked_documents_rels_help_feedback_id_idx" ON "payload_locked_documents_rels" USING btree ("help_feedback_id");`)
  await searchUp(db)
}

// Full-text search for the help centre (src/features/help/search/). Each translation row of an
// article carries its plain text (from the lexical JSON) and a tsvector built with the snowball
// configuration of its language: title weight A, summary B, body C. A trigger, not a hook, keeps
// them current, so every write (admin, seed, SQL console) is indexed; Payload does not know these
// two columns and never writes them. pg_trgm backs the typo-tolerant fallback on titles and
// summaries. Votes go with their customer or article (the generated foreign keys would set a
// NOT NULL column to null and refuse the delete).
async function searchUp(db: MigrateUpArgs['db']): Promise<void> {
  await db.execute(sql`
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE OR REPLACE FUNCTION "help_lexical_text"(doc jsonb) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(string_agg(translate(t #>> '{}', chr(1) || chr(2), ''), ' '), '')
    FROM jsonb_path_query(coalesce(doc, '{}'::jsonb), 'strict $.**.text') AS t
  $$;
  CREATE OR REPLACE FUNCTION "help_search_config"(locale text) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (CASE locale WHEN 'nl' THEN 'dutch' WHEN 'de' THEN 'german' ELSE 'english' END)::regconfig
  $$;
  CREATE OR REPLACE FUNCTION "help_articles_locales_search"() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE cfg regconfig := help_search_config(NEW._locale::text);
  BEGIN
    NEW.search_text := help_lexical_text(NEW.body);
    NEW.search_vector :=
      setweight(to_tsvector(cfg, translate(coalesce(NEW.title, ''), chr(1) || chr(2), '')), 'A') ||
      setweight(to_tsvector(cfg, translate(coalesce(NEW.summary, ''), chr(1) || chr(2), '')), 'B') ||
      setweight(to_tsvector(cfg, NEW.search_text), 'C');
    RETURN NEW;
  END $$;
  ALTER TABLE "help_articles_locales" ADD COLUMN "search_text" text;
  ALTER TABLE "help_articles_locales" ADD COLUMN "search_vector" tsvector;
  CREATE TRIGGER "help_articles_locales_search" BEFORE INSERT OR UPDATE ON "help_articles_locales"
    FOR EACH ROW EXECUTE FUNCTION "help_articles_locales_search"();
  CREATE INDEX "help_articles_locales_search_idx" ON "help_articles_locales" USING gin ("search_vector");
  CREATE INDEX "help_articles_locales_title_trgm_idx" ON "help_articles_locales" USING gin ("title" gin_trgm_ops);
  CREATE INDEX "help_articles_locales_summary_trgm_idx" ON "help_articles_locales" USING gin ("summary" gin_trgm_ops);
  ALTER TABLE "help_feedback" DROP CONSTRAINT "help_feedback_customer_id_customers_id_fk";
  ALTER TABLE "help_feedback" ADD CONSTRAINT "help_feedback_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "help_feedback" DROP CONSTRAINT "help_feedback_article_id_help_articles_id_fk";
  ALTER TABLE "help_feedback" ADD CONSTRAINT "help_feedback_article_id_help_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."help_articles"("id") ON DELETE cascade ON UPDATE no action;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TRIGGER IF EXISTS "help_articles_locales_search" ON "help_articles_locales";
  DROP FUNCTION IF EXISTS "help_articles_locales_search"();
  DROP FUNCTION IF EXISTS "help_search_config"(text);
  DROP FUNCTION IF EXISTS "help_lexical_text"(jsonb);`)
  // pg_trgm stays: other schemas may use it, and it holds no data of ours.
  await db.execute(sql`
   ALTER TABLE "help_categories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "help_categories_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "help_articles_target_models" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "help_articles_target_stages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "help_articles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "help_articles_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "help_articles_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_help_articles_v_version_target_models" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_help_articles_v_version_target_stages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_help_articles_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_help_articles_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_help_articles_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "help_feedback" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "help_categories" CASCADE;
  DROP TABLE "help_categories_locales" CASCADE;
  DROP TABLE "help_articles_target_models" CASCADE;
  DROP TABLE "help_articles_target_stages" CASCADE;
  DROP TABLE "help_articles" CASCADE;
  DROP TABLE "help_articles_locales" CASCADE;
  DROP TABLE "help_articles_rels" CASCADE;
  DROP TABLE "_help_articles_v_version_target_models" CASCADE;
  DROP TABLE "_help_articles_v_version_target_stages" CASCADE;
  DROP TABLE "_help_articles_v" CASCADE;
  DROP TABLE "_help_articles_v_locales" CASCADE;
  DROP TABLE "_help_articles_v_rels" CASCADE;
  DROP TABLE "help_feedback" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_help_categories_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_help_articles_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_help_feedback_fk";
  
  DROP INDEX "payload_locked_documents_rels_help_categories_id_idx";
  DROP INDEX "payload_locked_documents_rels_help_articles_id_idx";
  DROP INDEX "payload_locked_documents_rels_help_feedback_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "help_categories_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "help_articles_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "help_feedback_id";
  DROP TYPE "public"."enum_help_categories_icon";
  DROP TYPE "public"."enum_help_articles_target_models";
  DROP TYPE "public"."enum_help_articles_target_stages";
  DROP TYPE "public"."enum_help_articles_status";
  DROP TYPE "public"."enum__help_articles_v_version_target_models";
  DROP TYPE "public"."enum__help_articles_v_version_target_stages";
  DROP TYPE "public"."enum__help_articles_v_version_status";
  DROP TYPE "public"."enum__help_articles_v_published_locale";`)
}
