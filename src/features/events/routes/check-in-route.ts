import 'server-only'

import { staffCan, type TStaffUser } from '@/access/user'
import { checkInTicket } from '@/lib/events/check-in'
import { AppError } from '@/lib/errors'
import { route } from '@/lib/http/route'
import { getPayload } from '@/payload/get-payload'

import { ZCheckInBody } from './schema'

/**
 * POST /api/events/check-in: staff at the gate check a ticket in. Every scan has an answer
 * (checked in, already, forged, other event, cancelled, waitlisted) with status 200; only a
 * malformed request or a caller who may not check in gets an error.
 */
export const checkInRoute = route({
  name: '/api/events/check-in',
  auth: 'staff',
  body: ZCheckInBody,
  rateLimit: ['check-in:account'],
  handler: async ({ body, user }) => {
    if (!staffCan(user, 'events:check-in')) throw new AppError('FORBIDDEN', 'Not allowed.')
    const result = await checkInTicket({
      payload: await getPayload(),
      staff: user as TStaffUser,
      eventId: body.eventId,
      token: body.token,
    })
    return Response.json(result, { headers: { 'cache-control': 'private, no-store' } })
  },
})
