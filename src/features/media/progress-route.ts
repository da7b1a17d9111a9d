import 'server-only'

import { z } from 'zod'

import { route } from '@/lib/http/route'
import { getPayload } from '@/payload/get-payload'

import { recordProgress } from './progress'
import { requireReadableItem } from './readable-item'

const seconds = z
  .number()
  .finite()
  .min(0)
  .max(24 * 3600)

/**
 * POST /api/media/[id]/progress: the signed-in customer opened an item, or their player reports
 * where they are (every ~10 s and on pause). Only for an item they may read; anything else is
 * the same 404 as a missing item. Answers 204 without a body: the player sends and forgets, and
 * Chromium keeps a fetch whose body nobody reads open, so the page never went network-idle.
 */
export const progressRoute = route({
  name: '/api/media/[id]/progress',
  auth: 'customer',
  params: z.object({ id: z.uuid() }),
  body: z.object({
    opened: z.boolean().optional(),
    position: seconds.optional(),
    duration: seconds.optional(),
    watched: seconds.optional(),
  }),
  handler: async ({ params, body, customer }) => {
    const payload = await getPayload()
    const user = { ...customer, collection: 'customers' as const }
    await requireReadableItem(payload, params.id, user)
    await recordProgress(payload, user, params.id, body)
    return new Response(null, { status: 204 })
  },
})
