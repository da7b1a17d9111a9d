import 'server-only'

import { isCustomer, isStaff, isSignedInStaff, type TStaffUser, type TUser } from '@/access/user'
import type { TStepUpPurpose } from '@/lib/auth/step-up/step-up'

import { AppError } from '../errors'
import { verifyHmac, type THmacAuth } from './hmac-auth'
import { lazyImport } from './lazy-import'

// Loaded only when a route needs them, so public routes (health) never start Payload.
const stepUpGuard = lazyImport(() => import('@/lib/auth/step-up/guard'))
const payloadApp = lazyImport(() => import('@/payload/get-payload'))
const payloadApi = lazyImport(() => import('payload'))

/**
 * Who may call a route: anyone; a signed-in customer (optionally with a fresh step-up: `true` is
 * the sensitive-data rule, or name the purpose); a staff member (`{ staff: { factorPending: true } }`
 * also admits one whose second factor is still to be checked: the enrolment and verify endpoints);
 * a webhook sender that signs the body (HMAC); or a check of the route's own (a bearer token).
 * A check throws an AppError to refuse.
 */
export type TAuthCheck = (req: Request) => void | Promise<void>
export type TAuthMode =
  | 'public'
  | 'customer'
  | { customer: { stepUp: true | TStepUpPurpose } }
  | 'staff'
  | { staff: { factorPending: true } }
  /** A signed-in customer or a staff member through the second factor (messages, live stream). */
  | 'signed-in'
  | { hmac: THmacAuth }
  | TAuthCheck

type TSession = Awaited<ReturnType<typeof import('@/lib/auth/step-up/guard').sessionOfRequest>>

export type TAuthResult = {
  user: TUser | null
  /** The customer's portal session (customer modes only). */
  session: NonNullable<TSession>['session'] | null
  /** The customer record behind it (customer modes only). */
  customer: NonNullable<TSession>['customer'] | null
  /** Whether the caller was recognised by a cookie (so a write must come from our own pages). */
  byCookie: boolean
}

const NOBODY: TAuthResult = { user: null, session: null, customer: null, byCookie: false }

export async function authenticate(mode: TAuthMode, req: Request): Promise<TAuthResult> {
  if (mode === 'public') return NOBODY
  if (typeof mode === 'function') {
    await mode(req)
    return NOBODY
  }
  if (typeof mode === 'object' && 'hmac' in mode) {
    verifyHmac(mode.hmac, req.headers, await req.clone().text())
    return NOBODY
  }
  if (mode === 'customer' || (typeof mode === 'object' && 'customer' in mode)) {
    const guard = await stepUpGuard()
    const found =
      mode === 'customer'
        ? await guard.requireSessionOrThrow(req)
        : await guard.requireStepUpOrThrow(
            req,
            mode.customer.stepUp === true ? 'sensitive' : mode.customer.stepUp,
          )
    const user = { ...found.customer, collection: 'customers' as const }
    return { user, session: found.session, customer: found.customer, byCookie: true }
  }
  const payload = await (await payloadApp()).getPayload()
  // Payload's strategies, in order, as `payload.auth` runs them (a strategy's error is logged and
  // reads as no user there too) — but without working out every collection's and field's
  // permissions afterwards, which no route reads and which cost a customer seven queries (their
  // orders and media, for the order-scoped rules) and staff their cover list, on every request.
  const { createLocalReq, executeAuthStrategies } = await payloadApi()
  const { user } = await executeAuthStrategies({
    headers: req.headers,
    payload,
    req: await createLocalReq({ req: { headers: req.headers } }, payload),
    canSetHeaders: false,
  })
  if (mode === 'signed-in') {
    // Payload's strategies: the customer session cookie (foreign Origin: no session) or staff JWT.
    if (!isCustomer(user) && !isStaff(user))
      throw new AppError('UNAUTHORIZED', 'Sign in to continue.')
    return {
      user: user as TUser,
      session: null,
      customer: null,
      byCookie: !req.headers.has('authorization'),
    }
  }
  const pending = mode !== 'staff'
  const allowed = pending ? isSignedInStaff(user) && Boolean(user._sid) : isStaff(user)
  if (!allowed) throw new AppError('UNAUTHORIZED', 'Sign in to continue.')
  const byCookie = !req.headers.has('authorization')
  return { user: user as TStaffUser, session: null, customer: null, byCookie }
}
