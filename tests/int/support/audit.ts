import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

import type { Payload, Where } from 'payload'

import type { TAuditAction } from '@/lib/audit/actions'
import { postgresOf } from '@/lib/db/postgres'
import { env } from '@/lib/env'
import type { AuditLog } from '@/payload-types'

/**
 * An action no code writes, so a test finds exactly its own rows; the column stores any text,
 * only the portal's callers are held to the listed actions.
 */
export const testAction = (name: string) => name as TAuditAction

/** Audit rows as the database holds them, oldest first (system read, whatever any user may see). */
export async function auditRows(payload: Payload, where: Where): Promise<AuditLog[]> {
  const { docs } = await payload.find({
    collection: 'audit-log',
    where,
    sort: 'seq',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs
}

export const pool = (payload: Payload) => postgresOf(payload).pool

/**
 * Runs a statement with the append-only triggers switched off for this transaction only — what
 * someone with superuser access to the database could do, and what `audit:verify` must detect.
 */
export async function asSuperuser(payload: Payload, statement: string, params: unknown[]) {
  const client = await pool(payload).connect()
  try {
    await client.query('begin')
    await client.query('set local session_replication_role = replica')
    const result = await client.query(statement, params)
    await client.query('commit')
    return result
  } catch (err) {
    await client.query('rollback')
    throw err
  } finally {
    client.release()
  }
}

/** The real `npm run audit:verify`, as an operator would run it, against the test database. */
export async function runAuditVerify(): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'audit:verify'], {
      env: { ...process.env, DATABASE_URL: env.DATABASE_URL },
      timeout: 60_000,
    })
    return { code: 0, stdout }
  } catch (err) {
    const e = err as { code?: number; stdout?: string }
    return { code: e.code ?? -1, stdout: e.stdout ?? '' }
  }
}
