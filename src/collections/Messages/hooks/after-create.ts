import type { CollectionAfterChangeHook } from 'payload'

import { env } from '@/lib/env'
import { queueTask } from '@/lib/jobs/queue-task'
import { publishLive } from '@/lib/live/publish'
import { idOf } from '@/lib/messages/readable-conversation'
import { recipientsOf } from '@/lib/messages/recipients'
import { trackResponse } from '@/lib/messages/response-times'
import type { Conversation, Message } from '@/payload-types'

/**
 * In the message's own transaction: the conversation's timestamps move, its response times are
 * kept (src/lib/messages/response-times.ts), its attachments become part of it (and visible to
 * the customer unless it is an internal note), the live streams of everyone who may read it are
 * told, and the unread check is queued for the delay. A rolled-back send leaves none of it.
 */
export const afterMessageCreate: CollectionAfterChangeHook<Message> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create') return doc
  const system = { overrideAccess: true, depth: 0, req } as const // system: bookkeeping of a send
  const conversationId = idOf(doc.conversation)!
  const at = doc.createdAt
  const fromCustomer = doc.senderType === 'customer'
  // System columns only, so straight to the database: no hooks or access to run, and the edit
  // lock a colleague may hold on the conversation in /admin is not released by a message.
  const conversation = (await req.payload.db.updateOne({
    collection: 'conversations',
    id: conversationId,
    data: {
      lastMessageAt: at,
      ...(fromCustomer ? { lastCustomerMessageAt: at, customerReadAt: at } : {}),
      ...(!fromCustomer && !doc.internal ? { lastStaffMessageAt: at } : {}),
      ...(!fromCustomer ? { staffReadAt: at } : {}),
      updatedAt: new Date().toISOString(),
    },
    req,
  })) as Conversation
  if (doc.senderType === 'customer' || doc.senderType === 'staff')
    await trackResponse(req, {
      id: String(doc.id),
      conversation: conversationId,
      senderType: doc.senderType,
      senderStaff: idOf(doc.senderStaff),
      internal: Boolean(doc.internal),
      at,
    })
  const attachments = (doc.attachments ?? []).map(idOf).filter((id): id is string => Boolean(id))
  if (attachments.length)
    await req.payload.update({
      collection: 'message-attachments',
      where: { id: { in: attachments } },
      data: { message: String(doc.id), ...(doc.internal ? {} : { visibleToCustomer: true }) },
      ...system,
    })
  if (req.context.seed) return doc
  await publishLive(req, await recipientsOf(req, conversation, !doc.internal), 'message', {
    conversation: conversationId,
    message: String(doc.id),
  })
  if (!doc.internal)
    await queueTask(req, {
      task: 'messageUnreadMail',
      input: { message: String(doc.id) },
      waitUntil: new Date(Date.now() + env.MESSAGE_UNREAD_MAIL_MINUTES * 60_000),
    })
  return doc
}
