import 'server-only'

import { z } from 'zod'

import { route } from '@/lib/http/route'
import { getPayload } from '@/lib/payload'

import { signedInStaff } from '@/lib/auth/second-factor/signed-in-staff'
import {
  enableStaffTotp,
  verifyStaffSecondFactor,
} from '@/lib/auth/second-factor/staff-factor-gate'

const ZCode = z.string().trim().min(6).max(32)

/**
 * POST /api/auth/staff/totp — confirms the first authenticator app. `auth: 'public'` because the
 * caller is exactly the staff member who is not yet staff in Payload's eyes: signedInStaff()
 * authenticates the password session itself.
 */
export const enableTotpHandler = route({
  name: '/api/auth/staff/totp',
  auth: 'public',
  body: z.object({ code: ZCode }),
  handler: async ({ req, body }) => {
    const payload = await getPayload()
    const staff = await signedInStaff(payload, req)
    const { recoveryCodes } = await enableStaffTotp({
      payload,
      staff,
      headers: req.headers,
      code: body.code,
    })
    return Response.json({ recoveryCodes }, { headers: { 'cache-control': 'private, no-store' } })
  },
})

/** POST /api/auth/staff/verify — the second factor of this sign-in session. */
export const verifyHandler = route({
  name: '/api/auth/staff/verify',
  auth: 'public',
  body: z.object({ method: z.enum(['totp', 'recovery-code']), code: ZCode }),
  handler: async ({ req, body }) => {
    const payload = await getPayload()
    const staff = await signedInStaff(payload, req)
    return verifyStaffSecondFactor({
      payload,
      staff,
      headers: req.headers,
      method: body.method,
      code: body.code,
    })
  },
})
