import { APIError, type CollectionBeforeValidateHook } from 'payload'

import { isCustomer, isStaff } from '@/access/user'
import { idOf, readableConversation } from '@/lib/messages/readable-conversation'

/**
 * A new message joins only a conversation its writer may read (else 404, as for one that does
 * not exist); who sent it comes from the session, never from the form; only staff write internal
 * notes; the car it is about is one of that customer's; its attachments were uploaded to this
 * conversation by the same side and are not in another message yet.
 */
export const beforeMessageValidate: CollectionBeforeValidateHook = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create' || !data) return data
  const { user } = req
  if (!isCustomer(user) && !isStaff(user)) return data // system writes (seed) say who wrote them
  const conversation = await readableConversation(req, data.conversation)
  const customerId = idOf(conversation.customer)
  const body = typeof data.body === 'string' ? data.body.trim() : ''
  const attachments = Array.isArray(data.attachments)
    ? [...new Set(data.attachments.map(idOf).filter((id): id is string => Boolean(id)))]
    : []
  if (!body && attachments.length === 0)
    throw new APIError('Write a message or attach a file.', 400, null, true)

  const order = idOf(data.order)
  if (order) {
    const found = await req.payload.find({
      collection: 'orders',
      where: { and: [{ id: { equals: order } }, { customer: { equals: customerId } }] },
      limit: 1,
      depth: 0,
      select: {},
      overrideAccess: true, // system: the car must be this conversation's customer's, whoever asks
      req,
    })
    if (found.totalDocs !== 1)
      throw new APIError('That car is not in this conversation.', 400, null, true)
  }

  if (attachments.length) {
    const own = await req.payload.find({
      collection: 'message-attachments',
      where: {
        and: [
          { id: { in: attachments } },
          { conversation: { equals: conversation.id } },
          { message: { exists: false } },
          isCustomer(user)
            ? { uploaderCustomer: { equals: user.id } }
            : { uploaderStaff: { exists: true } },
        ],
      },
      limit: attachments.length,
      depth: 0,
      select: {},
      overrideAccess: true, // system: the rule above is stricter than read access
      req,
    })
    if (own.totalDocs !== attachments.length)
      throw new APIError('An attachment is not available for this message.', 400, null, true)
  }

  return {
    ...data,
    conversation: conversation.id,
    body,
    order: order ?? null,
    attachments,
    internal: isStaff(user) ? Boolean(data.internal) : false,
    senderType: isStaff(user) ? 'staff' : 'customer',
    senderStaff: isStaff(user) ? user.id : null,
  }
}
