import type { Payload } from 'payload'

import { AppError } from '../errors'
import { postgresOf } from './postgres'

/**
 * Whether PostgreSQL answers a trivial query now. Throws the driver's error when it does not, so
 * callers can log the cause. A stopped database refuses at once; one that is unreachable fails
 * within the pool's connection timeout (payload.config.ts).
 */
export async function assertDatabaseAnswers(payload: Payload): Promise<void> {
  await postgresOf(payload).pool.query('select 1')
}

/**
 * Asked after a request failed unexpectedly: is PostgreSQL away? Then the failure is its absence,
 * not a fault of the request, and the answer is 503 with a hint when to come back.
 */
export async function databaseAway(): Promise<boolean> {
  try {
    // Loaded here, so modules that only answer requests do not start Payload by importing this.
    const { getPayload } = await import('@/payload/get-payload')
    await assertDatabaseAnswers(await getPayload())
    return false
  } catch {
    return true // Payload could not even start: its database is the usual reason
  }
}

export const databaseAwayError = () =>
  new AppError('UNAVAILABLE', 'The portal is briefly unavailable. Please try again in a moment.', {
    headers: { 'retry-after': '5' },
  })
