import 'server-only'

import type { Payload } from 'payload'

import { readPendingSignIn } from '@/lib/auth/sign-in/pending-sign-in'
import { sessionOfRequest } from '@/lib/auth/step-up/guard'
import type { TPasskeyOwner } from '@/lib/auth/webauthn'
import { AppError } from '@/lib/errors'
import type { Customer } from '@/payload-types'

import type { TAuthPurpose } from './schema'

/**
 * Whom a ceremony is for: nobody yet (passwordless sign-in), the customer whose password was just
 * right (second factor), or the signed-in customer (step-up). Only active customers qualify.
 */
export async function expectedOwner(
  payload: Payload,
  req: Request,
  purpose: TAuthPurpose,
): Promise<{ owner: TPasskeyOwner | null; next?: string }> {
  if (purpose === 'sign-in') return { owner: null }
  if (purpose === 'step-up') {
    const current = await sessionOfRequest(req)
    if (!current) throw new AppError('UNAUTHORIZED', 'Sign in to continue.')
    return { owner: { collection: 'customers', id: current.customer.id } }
  }
  const pending = await readPendingSignIn()
  if (!pending) throw new AppError('UNAUTHORIZED', 'Your sign-in has expired. Please start again.')
  const customer = await activeCustomer(payload, pending.customerId)
  if (!customer) throw new AppError('UNAUTHORIZED', 'Your sign-in has expired. Please start again.')
  return { owner: { collection: 'customers', id: customer.id }, next: pending.next }
}

export async function activeCustomer(payload: Payload, id: string): Promise<Customer | null> {
  const customer = await payload
    .findByID({
      collection: 'customers',
      id,
      depth: 0,
      overrideAccess: true, // system: whether this account may sign in at all
      disableErrors: true,
    })
    .catch(() => null)
  return customer && customer.status === 'active' ? customer : null
}
