import 'server-only'

import { z } from 'zod'

import { verifyStaffSecondFactor } from '@/lib/auth/second-factor/staff-factor-gate'
import { route } from '@/lib/http/route'
import { getPayload } from '@/payload/get-payload'

import { PENDING_STAFF, signedIn, ZCode } from './pending-staff'

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
