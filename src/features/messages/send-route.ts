import 'server-only'

import { createLocalReq } from 'payload'

import { route } from '@/lib/http/route'
import { messageForReader } from '@/lib/messages/queries'
import { getPayload } from '@/payload/get-payload'

import { conversationOf, fromPayloadError } from './caller'
import { ZSendBody } from './schema'

/**
 * POST /api/chat/messages: sends a message (staff: also an internal note). Idempotent by the
 * page's `clientId`: a retried send — an answer lost on the way, a page back online — gets the
 * message it already wrote (200, `duplicate: true`), never a second one (unique per conversation).
 * Every Payload call below shares one request made for this caller, so what the access rules
 * read once per request (whom a covering account manager answers for: messaging-staff.ts) is
 * read once per send, not once per call. It is made here, for this caller alone, and ends with
 * this send.
 */
export const sendRoute = route({
  name: '/api/chat/messages',
  auth: 'signed-in',
  body: ZSendBody,
  rateLimit: ['messages-send:account'],
  handler: async ({ user, body }) => {
    const payload = await getPayload()
    const req = await createLocalReq({ user }, payload)
    const conversation = await conversationOf({ payload, user, id: body.conversation, req })
    const existing = async () => {
      const found = await payload.find({
        collection: 'messages',
        where: {
          and: [
            { conversation: { equals: conversation.id } },
            { clientId: { equals: body.clientId } },
          ],
        },
        limit: 1,
        pagination: false,
        depth: 0,
        select: {},
        overrideAccess: true, // system: the id is the sender's own; the answer is read as them below
        req,
      })
      const id = found.docs[0]?.id
      return id
        ? messageForReader({ payload, user, id: String(id), conversation: conversation.id, req })
        : null
    }
    // No look for the clientId first: the unique index refuses a second one, and only then is the
    // first one looked up (below), so a send that is not a retry — nearly all — skips a query.
    let id: string
    try {
      const doc = await payload.create({
        collection: 'messages',
        data: {
          conversation: conversation.id,
          clientId: body.clientId,
          body: body.body,
          order: body.order ?? null,
          attachments: body.attachments,
          internal: body.internal,
        },
        depth: 0,
        user,
        overrideAccess: false,
        req,
        // Read as this sender just above: the create's own check need not read it again.
        context: { readableConversation: conversation },
      })
      id = String(doc.id)
    } catch (err) {
      // A retry, or two sends of one message at once: the unique index (or, for one with
      // attachments, their check: they are in the first message already) refuses the second,
      // which answers with the first.
      const raced = await existing()
      if (raced) return Response.json({ message: raced, duplicate: true })
      throw fromPayloadError(err)
    }
    const message = await messageForReader({
      payload,
      user,
      id,
      conversation: conversation.id,
      req,
    })
    return Response.json({ message, duplicate: false }, { status: 201 })
  },
})
