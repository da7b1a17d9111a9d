import 'server-only'

import type { TCustomerUser } from '@/access/user'
import {
  cancelRegistration,
  changeRegistration,
  registerForEvent,
} from '@/lib/events/registrations'
import { ZRegistrationInput } from '@/lib/events/schema'
import { route } from '@/lib/http/route'
import { getPayload } from '@/payload/get-payload'

import { ZEventParams } from './schema'

const NO_STORE = { 'cache-control': 'private, no-store' }

/** POST /api/events/:id/registrations: registers the customer (confirmed or waitlisted). */
export const registerRoute = route({
  name: '/api/events/:id/registrations',
  auth: 'customer',
  params: ZEventParams,
  body: ZRegistrationInput,
  rateLimit: ['event-register:account'],
  handler: async ({ params, body, user }) => {
    const result = await registerForEvent({
      payload: await getPayload(),
      customer: user as TCustomerUser,
      eventId: params.id,
      input: body,
    })
    return Response.json(result, { status: 201, headers: NO_STORE })
  },
})

/** PATCH /api/events/registrations/:id: guests, names and dietary needs, before the deadline. */
export const changeRegistrationRoute = route({
  name: '/api/events/registrations/:id',
  auth: 'customer',
  params: ZEventParams,
  body: ZRegistrationInput,
  rateLimit: ['event-register:account'],
  handler: async ({ params, body, user }) =>
    Response.json(
      await changeRegistration({
        payload: await getPayload(),
        customer: user as TCustomerUser,
        id: params.id,
        input: body,
      }),
      { headers: NO_STORE },
    ),
})

/** DELETE /api/events/registrations/:id: cancels before the deadline; the waitlist moves up. */
export const cancelRegistrationRoute = route({
  name: '/api/events/registrations/:id',
  auth: 'customer',
  params: ZEventParams,
  rateLimit: ['event-register:account'],
  handler: async ({ params, user }) =>
    Response.json(
      await cancelRegistration({
        payload: await getPayload(),
        customer: user as TCustomerUser,
        id: params.id,
      }),
      { headers: NO_STORE },
    ),
})
