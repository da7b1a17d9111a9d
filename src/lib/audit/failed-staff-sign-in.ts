import { AuthenticationError, LockedAuth, type AfterErrorHook, type PayloadRequest } from 'payload'

import { logger } from '../logger'
import { graphqlLoginEmail } from './graphql-login-email'
import type { TAuditEntryInput } from './normalize-entry'
import { recordAudit } from './record-audit'

const is = (err: unknown, type: typeof AuthenticationError | typeof LockedAuth) =>
  err instanceof type || (err as Error | undefined)?.name === type.name

type TOutcome = Pick<TAuditEntryInput, 'action' | 'outcome' | 'details' | 'actorId'>

/** Which refusal this was, in the same terms as a customer's (verify-credentials.ts). */
async function classify(
  req: PayloadRequest,
  email: string | null,
  locked: boolean,
): Promise<TOutcome> {
  if (locked)
    return {
      action: 'auth.sign-in.locked',
      outcome: 'denied',
      details: { reason: 'account-locked' },
    }
  const { docs } = email
    ? await req.payload.find({
        collection: 'staff',
        where: { email: { equals: email.trim().toLowerCase() } },
        limit: 1,
        pagination: false,
        depth: 0,
        showHiddenFields: true,
        overrideAccess: true, // system: nobody is signed in; the account's lock state names the event
      })
    : { docs: [] }
  const staff = docs[0] as { id: string; lockUntil?: string | null } | undefined
  if (!staff)
    return {
      action: 'auth.sign-in.failed',
      outcome: 'failure',
      details: { reason: 'unknown-account' },
    }
  // Payload locks on the last allowed failure but still answers it with AuthenticationError.
  if (staff.lockUntil && new Date(staff.lockUntil) > new Date()) {
    return {
      action: 'auth.sign-in.locked',
      outcome: 'denied',
      actorId: staff.id,
      details: { reason: 'too-many-failures' },
    }
  }
  return {
    action: 'auth.sign-in.failed',
    outcome: 'failure',
    actorId: staff.id,
    details: { reason: 'wrong-password' },
  }
}

/**
 * Payload has no hook for a refused login, but every REST and GraphQL error passes the global
 * afterError hook: a wrong password answers AuthenticationError, a locked account LockedAuth.
 * The Local API (payload.login) throws to its caller without this hook; no portal code uses it.
 */
export const auditFailedStaffSignIn: AfterErrorHook = async ({
  error,
  req,
  collection,
  graphqlResult,
}) => {
  const original = (error as Error & { originalError?: unknown }).originalError ?? error
  const locked = is(original, LockedAuth)
  if (!locked && !is(original, AuthenticationError)) return
  const viaRest =
    collection?.slug === 'staff' &&
    /\/staff\/login\/?$/.test(new URL(req.url ?? 'http://x/').pathname)
  const viaGraphql = graphqlResult?.path?.[0] === 'loginStaff'
  if (!viaRest && !viaGraphql) return

  const typed = viaRest
    ? (req.data as { email?: unknown } | undefined)?.email
    : graphqlLoginEmail(req.data)
  const email = typeof typed === 'string' ? typed.trim() : null
  try {
    const what = await classify(req, email, locked)
    await recordAudit({
      payload: req.payload,
      // The login's own transaction is already rolled back; the refusal is recorded on its own.
      req: { headers: req.headers },
      entry: {
        actorType: 'staff',
        actorLabel: email,
        targetType: what.actorId ? 'staff' : null,
        targetId: what.actorId,
        ...what,
        details: { ...what.details, via: viaRest ? 'rest' : 'graphql' },
      },
    })
  } catch (err) {
    // The caller still gets the login error; a lost audit entry must at least reach the logs.
    logger.error({ err }, 'could not record a refused staff sign-in')
  }
}
