import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { refuseBadQueryValues } from '@/lib/db/bad-query-values'
import { postgresOf } from '@/lib/db/postgres'
import { env } from '@/lib/env'
import { logger } from '@/lib/logger'
import { migrations } from '@/migrations'
import { seedDemo } from '@/seed/demo'
import { ensureDocumentTypes } from '@/seed/document-factories'

/** Any 64-bit number, shared by every instance: only one of them migrates at a time. */
const MIGRATION_LOCK = 7_310_114_022

/**
 * Committed migrations are applied on start (dev schema push only with PAYLOAD_DB_PUSH=true);
 * instances starting together on one database wait for each other instead of racing.
 */
export async function onInit(payload: Payload) {
  refuseBadQueryValues(payload)
  // An idle pooled connection that the database drops (restart, failover) is reported on the
  // pool; without a listener that report would end the process. The pool replaces it on demand.
  postgresOf(payload).pool.on('error', (err) =>
    logger.warn({ err }, 'a pooled database connection was lost'),
  )
  if (!env.PAYLOAD_DB_PUSH) {
    const db = postgresOf(payload)
    const client = await db.pool.connect()
    try {
      await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK])
      // Generated migration modules type their args precisely; the adapter's signature is looser.
      await db.migrate({
        migrations: migrations as unknown as Parameters<PostgresAdapter['migrate']>[0] extends {
          migrations?: infer M
        }
          ? M
          : never,
      })
      // The standard document types exist everywhere (staff rename or add to them); under the
      // lock, so instances starting together do not race for the same key.
      await ensureDocumentTypes(payload)
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {})
      client.release()
    }
  }
  if (env.SEED_DEMO) await seedDemo(payload)
}
