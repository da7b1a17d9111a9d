import 'server-only'

import type { PayloadRequest } from 'payload'

import { isCustomer } from '@/access/user'
import { route } from '@/lib/http/route'
import { publishEphemeral } from '@/lib/live/publish'
import { recipientsOf } from '@/lib/messages/recipients'
import { getPayload } from '@/payload/get-payload'

import { conversationOf } from './caller'
import { ZConversationBody } from './schema'

/**
 * POST /api/chat/typing: "is typing…" to the other side, now and never replayed. Staff typing an
 * internal note do not call it for the customer: `note: true` tells only colleagues.
 */
export const typingRoute = route({
  name: '/api/chat/typing',
  auth: 'signed-in',
  body: ZConversationBody,
  rateLimit: ['messages-typing:account'],
  handler: async ({ user, body, req: request }) => {
    const payload = await getPayload()
    const conversation = await conversationOf({ payload, user, id: body?.conversation })
    const note = new URL(request.url).searchParams.get('note') === '1'
    const customerSide = isCustomer(user)
    const req = { payload } as PayloadRequest
    const to = (await recipientsOf(req, conversation, !customerSide && !note)).filter(
      (r) => r !== `s:${user.id}`,
    )
    await publishEphemeral(payload, to, 'typing', {
      conversation: String(conversation.id),
      side: customerSide ? 'customer' : 'staff',
      name: customerSide ? '' : String((user as { name?: string }).name ?? ''),
    })
    return new Response(null, { status: 204 })
  },
})
