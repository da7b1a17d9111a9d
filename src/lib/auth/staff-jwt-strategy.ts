import { JWTAuthentication, type AuthStrategy } from 'payload'

import type { TSecondFactorState } from '@/access/user'
import type { Staff } from '@/payload-types'

import { env } from '../env'
import { noteRequestUser } from '../http/request-context'
import { logger } from '../logger'
import { endStaffSessions } from './staff-sessions'

/** A Payload sign-in session older than this is over, however active its owner was. */
export const staffSessionLifetimeMs = () => env.STAFF_SESSION_HOURS * 3600_000

/**
 * Staff sign in with Payload's own password login and JWT. This strategy runs before Payload's
 * 'local-jwt' and checks the same token with Payload's own `JWTAuthentication`, then adds what
 * Payload does not know:
 * - the absolute session lifetime (STAFF_SESSION_HOURS from the session's start; the idle limit
 *   is the token lifetime, which Payload's admin renews while the staff member is active);
 * - whether this session (its `sid`) passed the second factor: `_secondFactor` is 'verified'
 *   only when a staff-factor-checks row exists for (staff, sid). Access functions treat anything
 *   else as "no staff rights" (src/access/user.ts).
 *
 * Fail-closed: if this strategy answers no user or throws, 'local-jwt' may still recognise the
 * token, but that user carries no marker and so reaches nothing either; an over-age session is
 * removed, so 'local-jwt' refuses it too.
 */
export const staffJwtStrategy: AuthStrategy = {
  name: 'staff-jwt',
  authenticate: async (args) => {
    const { payload } = args
    const result = await JWTAuthentication({ ...args, strategyName: 'staff-jwt' })
    const user = result.user as (Staff & { collection?: string; _sid?: string }) | null
    if (!user || user.collection !== 'staff' || !user._sid) return { user: null }

    const session = (user.sessions ?? []).find((s) => s.id === user._sid)
    const startedAt = session?.createdAt ? new Date(session.createdAt).getTime() : NaN
    if (
      !session ||
      !Number.isFinite(startedAt) ||
      Date.now() - startedAt > staffSessionLifetimeMs()
    ) {
      await endStaffSessions({ payload, staffId: user.id, drop: (s) => s.id === user._sid })
      logger.info({ staffId: user.id }, 'staff session ended: absolute lifetime reached')
      return { user: null }
    }

    const { totalDocs } = await payload.count({
      collection: 'staff-factor-checks',
      where: { staff: { equals: user.id }, sid: { equals: user._sid } },
      overrideAccess: true, // system: deciding who the caller is, before any access applies
      req: args.req,
    })
    const state: TSecondFactorState = totalDocs > 0 ? 'verified' : 'pending'
    noteRequestUser({ collection: 'staff', id: user.id })
    return { ...result, user: { ...user, _secondFactor: state } }
  },
}
