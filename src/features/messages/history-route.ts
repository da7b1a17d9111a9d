import 'server-only'

import { route } from '@/lib/http/route'
import { messagesPage } from '@/lib/messages/queries'
import { getPayload } from '@/payload/get-payload'

import { conversationOf } from './caller'
import { ZHistoryQuery } from './schema'

/** GET /api/chat/messages?before=…: an older page of the conversation (scrolling up). */
export const historyRoute = route({
  name: '/api/chat/messages',
  auth: 'signed-in',
  query: ZHistoryQuery,
  handler: async ({ user, query }) => {
    const payload = await getPayload()
    const conversation = await conversationOf({ payload, user, id: query.conversation })
    const page = await messagesPage({
      payload,
      user,
      conversation: String(conversation.id),
      before: query.before,
      limit: query.limit,
    })
    return Response.json(page, { headers: { 'cache-control': 'private, no-store' } })
  },
})
