import 'server-only'

import { z } from 'zod'

import type { TStaffUser } from '@/access/user'
import { AppError } from '@/lib/errors'
import { route } from '@/lib/http/route'
import { getPayload } from '@/payload/get-payload'

import {
  declineRequest,
  signRequest,
  ZDeclineInput,
  ZSignInput,
  type TSignInput,
} from './signer-actions'
import { runStaffAction, STAFF_ACTIONS } from './staff-actions'

const ZParams = z.object({ id: z.uuid() })
const answer = (r: {
  id: string | number
  status?: string | null
  signedFile?: string | null
}) => ({
  id: String(r.id),
  status: r.status ?? 'draft',
  signedFile: r.signedFile ?? null,
})

/**
 * POST /api/esign/requests/[id]/sign: the customer signs. Needs a fresh step-up (second factor)
 * on this session; refusals are problem+json with a code the signing page explains
 * (REQUEST_EXPIRED, REQUEST_CLOSED, NOT_YOUR_TURN, STEP_UP_REQUIRED, NOT_FOUND).
 */
export const signRoute = route({
  name: '/api/esign/requests/[id]/sign',
  auth: { customer: { stepUp: true } },
  params: ZParams,
  body: ZSignInput,
  rateLimit: ['esign:account'],
  handler: async ({ user, params, body, req }) =>
    answer(
      await signRequest({
        payload: await getPayload(),
        user,
        id: params.id,
        input: body,
        headers: req.headers,
      }),
    ),
})

/** POST /api/esign/requests/[id]/decline: the customer declines, with a reason. */
export const declineRoute = route({
  name: '/api/esign/requests/[id]/decline',
  auth: 'customer',
  params: ZParams,
  body: ZDeclineInput,
  rateLimit: ['esign:account'],
  handler: async ({ user, params, body, req }) =>
    answer(
      await declineRequest({
        payload: await getPayload(),
        user,
        id: params.id,
        reason: body.reason,
        headers: req.headers,
      }),
    ),
})

/**
 * POST /api/esign/requests/[id]/[action] for staff (send, remind, cancel, countersign). A staff
 * session has passed its second factor, which is the counter-signer's step-up.
 */
export const staffActionRoute = route({
  name: '/api/esign/requests/[id]/[action]',
  auth: 'staff',
  params: z.object({ id: z.uuid(), action: z.enum([...STAFF_ACTIONS, 'countersign']) }),
  // Send, remind and cancel take `{}`; countersign the same signature input as the customer's.
  body: z.union([ZSignInput, z.object({}).strict()]),
  rateLimit: ['esign:account'],
  handler: async ({ user, params, body, req }) => {
    const payload = await getPayload()
    const staff = user as TStaffUser
    if (params.action === 'countersign') {
      if (!('legalName' in body))
        throw new AppError('BAD_REQUEST', 'Type your full legal name and confirm your intent.')
      return answer(
        await signRequest({
          payload,
          user: staff,
          id: params.id,
          input: body as TSignInput,
          headers: req.headers,
        }),
      )
    }
    return answer(
      await runStaffAction({
        payload,
        user: staff,
        id: params.id,
        action: params.action,
        headers: req.headers,
      }),
    )
  },
})
