import type { CollectionAfterLoginHook } from 'payload'

import { env } from '@/lib/env'

/**
 * Factor checks outlive the sessions they vouched for (sign-out, expiry). Any older than the
 * absolute session lifetime belong to sessions that are over, so each sign-in clears its own.
 */
export const pruneStaffFactorChecks: CollectionAfterLoginHook = async ({ req, user }) => {
  const before = new Date(Date.now() - env.STAFF_SESSION_HOURS * 3600_000).toISOString()
  await req.payload.delete({
    collection: 'staff-factor-checks',
    where: { staff: { equals: user.id }, verifiedAt: { less_than: before } },
    overrideAccess: true, // system: bookkeeping of ended sessions
    req,
  })
}
