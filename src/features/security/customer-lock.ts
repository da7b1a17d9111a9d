import 'server-only'

import type { Payload, PayloadRequest } from 'payload'

import { withAdvisoryLock } from '@/lib/db/with-advisory-lock'

/**
 * Runs `fn` in a transaction that holds a per-customer advisory lock: two requests that read and
 * rewrite the same second-factor state (a recovery code, the last TOTP step) take turns, so a
 * code cannot be spent twice by racing requests.
 */
export async function withCustomerLock<T>(
  payload: Payload,
  customerId: string,
  fn: (req: Partial<PayloadRequest>) => Promise<T>,
): Promise<T> {
  return withAdvisoryLock(payload, `second-factor:${customerId}`, fn)
}
