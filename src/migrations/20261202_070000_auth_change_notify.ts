import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Every change to a customer or a customer session notifies the customer's id on
// 'portal_auth_changed' at commit (never for a rolled-back one), so every server process drops
// its cached session lookups of that customer (src/lib/auth/session-cache.ts). A trigger, not a
// hook: writes from any process, script or SQL console are heard too. No schema change.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE OR REPLACE FUNCTION "portal_notify_auth_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_TABLE_NAME = 'customers' THEN
      PERFORM pg_notify('portal_auth_changed', (CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END)::text);
    ELSE
      PERFORM pg_notify('portal_auth_changed', (CASE WHEN TG_OP = 'DELETE' THEN OLD.customer_id ELSE NEW.customer_id END)::text);
      IF TG_OP = 'UPDATE' AND OLD.customer_id IS DISTINCT FROM NEW.customer_id THEN
        PERFORM pg_notify('portal_auth_changed', OLD.customer_id::text);
      END IF;
    END IF;
    RETURN NULL;
  END $$;
  CREATE TRIGGER "customers_auth_changed" AFTER UPDATE OR DELETE ON "customers"
    FOR EACH ROW EXECUTE FUNCTION "portal_notify_auth_changed"();
  CREATE TRIGGER "customer_sessions_auth_changed" AFTER INSERT OR UPDATE OR DELETE ON "customer_sessions"
    FOR EACH ROW EXECUTE FUNCTION "portal_notify_auth_changed"();`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TRIGGER IF EXISTS "customer_sessions_auth_changed" ON "customer_sessions";
  DROP TRIGGER IF EXISTS "customers_auth_changed" ON "customers";
  DROP FUNCTION IF EXISTS "portal_notify_auth_changed"();`)
}
