import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { ensureConversation } from '@/lib/messages/ensure-conversation'
import type { Conversation, Message, MessageAttachment } from '@/payload-types'

/**
 * Messaging factories shared by the demo seed and the tests. System writes (overrideAccess:
 * true) with `context.seed`: they tell nobody (no live event, no unread mail).
 */
const system = { overrideAccess: true, depth: 0, context: { seed: true } } as const

export const newClientId = () => randomBytes(12).toString('hex')

export function createConversation(payload: Payload, customer: string): Promise<Conversation> {
  return ensureConversation({ payload, customerId: customer, seed: true })
}

export function createMessage(
  payload: Payload,
  input: {
    conversation: string
    from: { customer: true } | { staff: string }
    body: string
    internal?: boolean
    attachments?: string[]
    order?: string
    clientId?: string
    /** Demo history: when it was written. */
    createdAt?: string
  },
): Promise<Message> {
  const staff = 'staff' in input.from ? input.from.staff : null
  return payload.create({
    collection: 'messages',
    data: {
      conversation: input.conversation,
      clientId: input.clientId ?? newClientId(),
      body: input.body,
      internal: input.internal ?? false,
      attachments: input.attachments ?? [],
      order: input.order ?? null,
      senderType: staff ? 'staff' : 'customer',
      senderStaff: staff,
      ...(input.createdAt ? { createdAt: input.createdAt } : {}),
    },
    ...system,
  })
}

export function createAttachment(
  payload: Payload,
  input: {
    conversation: string
    from: { customer: string } | { staff: string }
    file: { data: Buffer; name: string; mimetype: string }
  },
): Promise<MessageAttachment> {
  const customer = 'customer' in input.from ? input.from.customer : null
  return payload.create({
    collection: 'message-attachments',
    data: {
      conversation: input.conversation,
      uploaderCustomer: customer,
      uploaderStaff: 'staff' in input.from ? input.from.staff : null,
      visibleToCustomer: Boolean(customer),
    },
    file: { ...input.file, size: input.file.data.length },
    ...system,
  })
}
