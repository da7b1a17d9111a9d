import 'server-only'

import type { AuthenticationResponseJSON } from '@simplewebauthn/server'
import type { Payload } from 'payload'

import { safeNextPath } from '@/lib/auth/sign-in/schema'
import { startCustomerSession } from '@/lib/auth/customer-session'
import { sessionOfRequest } from '@/lib/auth/step-up/guard'
import { auditSelf } from '@/lib/audit/audit-self'
import { requestContextFromHeaders, type TRequestContext } from '@/lib/audit/request-context'
import { verifyAuthentication, WebauthnRefused } from '@/lib/auth/webauthn'
import { withTransaction } from '@/lib/db/with-transaction'
import { AppError } from '@/lib/errors'
import { route } from '@/lib/http/route'
import { getPayload } from '@/payload/get-payload'
import type { Customer } from '@/payload-types'

import { activeCustomer, expectedOwner } from './expected-owner'
import { PASSKEY_ENDPOINT, ZAuthVerify, type TAuthPurpose } from './schema'

const REFUSED = 'This passkey could not be used. Please try again or choose another way.'

const METHOD = {
  'sign-in': 'passkey',
  'second-factor': 'password+passkey',
  'step-up': null,
} as const

async function auditOutcome(args: {
  payload: Payload
  meta: TRequestContext
  purpose: TAuthPurpose
  customer: { id: string; email?: string | null } | null
  ok: boolean
  reason?: string
}) {
  const { purpose, ok } = args
  // As the other factors record it: passwordless is a sign-in; otherwise a second-factor check
  // during sign-in or step-up (the Security page's sign-in history reads both).
  const action =
    purpose === 'sign-in'
      ? ok
        ? 'auth.sign-in.succeeded'
        : 'auth.sign-in.failed'
      : ok
        ? 'auth.second-factor.verified'
        : 'auth.second-factor.failed'
  const run = async (req?: Parameters<typeof auditSelf>[0]['req']) => {
    if (ok && purpose === 'sign-in' && args.customer) {
      await args.payload.update({
        collection: 'customers',
        id: args.customer.id,
        data: { lastSignInAt: new Date().toISOString() },
        overrideAccess: true, // system: sign-in bookkeeping
        context: { skipInvitation: true },
        req,
      })
    }
    await auditSelf({
      payload: args.payload,
      req,
      meta: args.meta,
      action,
      outcome: ok ? 'success' : 'failure',
      customer: args.customer,
      details: {
        factor: 'passkey',
        ...(purpose === 'sign-in'
          ? { method: 'passkey' }
          : { purpose: purpose === 'step-up' ? 'step-up' : 'sign-in' }),
        ...(args.reason ? { reason: args.reason } : {}),
      },
    })
  }
  if (ok && purpose === 'sign-in') await withTransaction(args.payload, run)
  else await run()
}

/**
 * POST /api/auth/passkeys/authenticate/verify: checks the assertion and opens (sign-in, second
 * factor) or renews (step-up) the portal session; the new session always carries a fresh
 * second-factor time. Answers where to go next.
 */
export const authenticateVerifyRoute = route({
  name: '/api/auth/passkeys/authenticate/verify',
  ...PASSKEY_ENDPOINT,
  auth: 'public',
  body: ZAuthVerify,
  handler: async ({ req, body, log }) => {
    const payload = await getPayload()
    const meta = requestContextFromHeaders(req.headers)
    const { owner: expected, next } = await expectedOwner(payload, req, body.purpose)
    let customer: Customer | null = expected ? await activeCustomer(payload, expected.id) : null
    try {
      const { owner } = await verifyAuthentication({
        payload,
        purpose: body.purpose,
        owner: expected,
        response: body.response as AuthenticationResponseJSON,
      })
      if (owner.collection !== 'customers') throw new WebauthnRefused('not-a-customer-passkey')
      customer = await activeCustomer(payload, owner.id)
      if (!customer) throw new WebauthnRefused('account-not-active', owner)
    } catch (err) {
      if (!(err instanceof WebauthnRefused)) throw err
      log.info({ reason: err.reason, purpose: body.purpose }, 'passkey assertion refused')
      await auditOutcome({
        payload,
        meta,
        purpose: body.purpose,
        // Expected customer, else whose credential it was (a disabled account's, say).
        customer: customer ?? (err.owner?.collection === 'customers' ? { id: err.owner.id } : null),
        ok: false,
        reason: err.reason.split(':')[0],
      })
      throw new AppError('UNAUTHORIZED', REFUSED)
    }
    const method =
      body.purpose === 'step-up'
        ? ((await sessionOfRequest(req))?.session.method ?? 'passkey')
        : METHOD[body.purpose]
    await startCustomerSession({ customerId: customer.id, method, secondFactor: true })
    await auditOutcome({ payload, meta, purpose: body.purpose, customer, ok: true })
    log.info({ customerId: customer.id, purpose: body.purpose }, 'passkey accepted')
    return { redirectTo: safeNextPath(body.next ?? next, body.locale) }
  },
})
