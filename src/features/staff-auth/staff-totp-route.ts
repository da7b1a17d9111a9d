import 'server-only'

import { z } from 'zod'

import { enableStaffTotp } from '@/lib/auth/second-factor/staff-factor-gate'
import { route } from '@/lib/http/route'
import { getPayload } from '@/payload/get-payload'

import { PENDING_STAFF, signedIn, ZCode } from './pending-staff'

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
