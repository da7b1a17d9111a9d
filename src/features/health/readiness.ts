import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { NextResponse } from 'next/server'

import { logger } from '@/lib/logger'
import { getPayload } from '@/lib/payload'

/** Readiness: Payload is initialised (migrations applied) and PostgreSQL answers. */
export async function readinessResponse() {
  const started = Date.now()
  try {
    const payload = await getPayload()
    await (payload.db as unknown as PostgresAdapter).pool.query('select 1')
    return NextResponse.json(
      { status: 'ready', database: 'ok', latencyMs: Date.now() - started },
      { headers: { 'cache-control': 'no-store' } },
    )
  } catch (err) {
    logger.error({ err }, 'readiness check failed')
    return NextResponse.json(
      { status: 'unavailable', database: 'unreachable' },
      { status: 503, headers: { 'cache-control': 'no-store' } },
    )
  }
}
