import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { postgresOf } from '../db/postgres'
import { decide, type TRateDecision, type TRateRule, windowStart } from './window'

/**
 * Counts one attempt against `key` (e.g. "sign-in:ip:203.0.113.9") in PostgreSQL, so the limit
 * holds across every app instance: one atomic upsert per attempt, a new window resets the count.
 * Rows live in the `rate-limit-buckets` collection; stale ones are pruned by `pruneRateLimits`.
 */
export async function consumeRateLimit(
  payload: Payload,
  key: string,
  rule: TRateRule,
  now: Date = new Date(),
): Promise<TRateDecision> {
  const db = postgresOf(payload).drizzle
  const start = windowStart(now, rule.windowSeconds).toISOString()
  const { rows } = await db.execute(sql`
    insert into rate_limit_buckets (key, window_start, count, updated_at, created_at)
    values (${key}, ${start}, 1, now(), now())
    on conflict (key) do update set
      count = case when rate_limit_buckets.window_start = excluded.window_start
                   then rate_limit_buckets.count + 1 else 1 end,
      window_start = excluded.window_start,
      updated_at = now()
    returning count, window_start`)
  const row = rows[0] as { count: number | string; window_start: string | Date }
  return decide(Number(row.count), new Date(row.window_start), rule, now)
}

/** Removes buckets whose window ended long ago (run from a job; harmless to skip). */
export async function pruneRateLimits(payload: Payload, olderThan: Date): Promise<void> {
  const db = postgresOf(payload).drizzle
  await db.execute(
    sql`delete from rate_limit_buckets where updated_at < ${olderThan.toISOString()}`,
  )
}

/**
 * Gives back one attempt counted in the current window (never below zero): for limits that are
 * meant for guessing, an attempt that turned out right (a correct password, a valid link) is
 * not held against the address.
 */
export async function refundRateLimit(
  payload: Payload,
  key: string,
  rule: TRateRule,
  now: Date = new Date(),
): Promise<void> {
  const db = postgresOf(payload).drizzle
  const start = windowStart(now, rule.windowSeconds).toISOString()
  await db.execute(sql`
    update rate_limit_buckets set count = greatest(count - 1, 0), updated_at = now()
    where key = ${key} and window_start = ${start}`)
}
