import 'server-only'

import { isCustomer } from '@/access/user'
import { route } from '@/lib/http/route'
import { publishLive } from '@/lib/live/publish'
import { withTransaction } from '@/lib/db/with-transaction'
import { recipientsOf } from '@/lib/messages/recipients'
import { getPayload } from '@/payload/get-payload'

import { conversationOf } from './caller'
import { ZConversationBody } from './schema'

/**
 * POST /api/chat/read: the caller has read their conversation up to now. The other side's
 * streams hear it ("read 14:02"); the unread-mail check finds it read.
 */
export const readRoute = route({
  name: '/api/chat/read',
  auth: 'signed-in',
  body: ZConversationBody,
  rateLimit: ['messages-typing:account'],
  handler: async ({ user, body }) => {
    const payload = await getPayload()
    const conversation = await conversationOf({ payload, user, id: body?.conversation })
    const side = isCustomer(user) ? 'customer' : 'staff'
    const at = new Date().toISOString()
    await withTransaction(payload, async (tx) => {
      const req = { ...tx, payload } as Parameters<typeof recipientsOf>[0]
      await payload.update({
        collection: 'conversations',
        id: conversation.id,
        data: side === 'customer' ? { customerReadAt: at } : { staffReadAt: at },
        overrideAccess: true, // system: a read mark is bookkeeping; who may read it was checked above
        depth: 0,
        req: tx,
      })
      // The customer hears staff read marks; staff hear the customer's and each other's.
      const to = await recipientsOf(req, conversation, side === 'staff')
      await publishLive(req, to, 'read', { conversation: String(conversation.id), side, at })
    })
    return { conversation: String(conversation.id), side, at }
  },
})
