import 'server-only'

import { z } from 'zod'

import type { TStaffUser } from '@/access/user'
import {
  enableStaffTotp,
  verifyStaffSecondFactor,
} from '@/lib/auth/second-factor/staff-factor-gate'
import { route } from '@/lib/http/route'
import { getPayload } from '@/payload/get-payload'

const ZCode = z.string().trim().min(6).max(32)
/**
 * The caller is exactly the staff member who is not yet staff in Payload's eyes: signed in with a
 * password, second factor still to pass. A factor check belongs to one sign-in session (`_sid`).
 */
const PENDING_STAFF = { staff: { factorPending: true } } as const
const signedIn = (user: unknown) => user as TStaffUser & { _sid: string }

/** POST /api/auth/staff/totp — confirms the first authenticator app. */
export const enableTotpHandler = route({
  name: '/api/auth/staff/totp',
  auth: PENDING_STAFF,
  body: z.object({ code: ZCode }),
  handler: async ({ req, body, user }) => {
    const { recoveryCodes } = await enableStaffTotp({
      payload: await getPayload(),
      staff: signedIn(user),
      headers: req.headers,
      code: body.code,
    })
    return Response.json({ recoveryCodes }, { headers: { 'cache-control': 'private, no-store' } })
  },
})

/** POST /api/auth/staff/verify — the second factor of this sign-in session. */
export const verifyHandler = route({
  name: '/api/auth/staff/verify',
  auth: PENDING_STAFF,
  body: z.object({ method: z.enum(['totp', 'recovery-code']), code: ZCode }),
  handler: async ({ req, body, user }) =>
    verifyStaffSecondFactor({
      payload: await getPayload(),
      staff: signedIn(user),
      headers: req.headers,
      method: body.method,
      code: body.code,
    }),
})
