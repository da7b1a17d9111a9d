import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { transactionDb } from '@/lib/db/postgres'
import { advisoryXactLock } from '@/lib/db/with-advisory-lock'
import { notify, notifyStaff } from '@/lib/notify'

import { absenceOf } from './covers'
import { inboxConversationPath } from './inbox-link'
import { idOf } from './readable-conversation'

/**
 * Runs MESSAGE_UNREAD_MAIL_MINUTES after a message was sent (job `messageUnreadMail`): if the
 * other side has not read it yet and has not been told about this unread stretch, they are
 * notified once — the customer through notify() (their preferences decide the mail; a message is
 * confidential, so no mail ever carries its words), staff through notifyStaff(). A lock per
 * conversation and side makes a burst of messages, whose checks run together, one mail.
 */
export async function mailIfUnread(
  req: PayloadRequest,
  messageId: string,
): Promise<'sent' | 'read' | 'told'> {
  const shouldCommit = await initTransaction(req)
  try {
    const result = await check(req, messageId)
    if (shouldCommit) await commitTransaction(req)
    return result
  } catch (err) {
    await killTransaction(req)
    throw err
  }
}

async function check(req: PayloadRequest, messageId: string): Promise<'sent' | 'read' | 'told'> {
  const system = { overrideAccess: true, depth: 0, req } as const // system: a job, no user
  const message = await req.payload.findByID({
    collection: 'messages',
    id: messageId,
    disableErrors: true,
    ...system,
  })
  if (!message || message.internal) return 'read'
  const toCustomer = message.senderType === 'staff'
  const conversationId = idOf(message.conversation)!
  const tx = transactionDb(req.payload, await req.transactionID)
  if (tx) await advisoryXactLock(tx, `unread-mail:${conversationId}:${toCustomer ? 'c' : 's'}`)
  const conversation = await req.payload.findByID({
    collection: 'conversations',
    id: conversationId,
    ...system,
  })
  const sent = new Date(message.createdAt).getTime()
  const readAt = toCustomer ? conversation.customerReadAt : conversation.staffReadAt
  if (readAt && new Date(readAt).getTime() >= sent) return 'read'
  const mailedAt = toCustomer ? conversation.customerMailedAt : conversation.staffMailedAt
  if (mailedAt && new Date(mailedAt).getTime() >= sent) return 'told'

  const customerId = idOf(conversation.customer)!
  const customer = await req.payload.findByID({
    collection: 'customers',
    id: customerId,
    select: { fullName: true, accountManager: true },
    ...system,
  })
  const entity = { collection: 'conversations', id: conversationId }
  if (toCustomer) {
    const staffId = idOf(message.senderStaff)
    const staff = staffId
      ? await req.payload.findByID({
          collection: 'staff',
          id: staffId,
          select: { name: true },
          disableErrors: true,
          ...system,
        })
      : null
    await notify(
      {
        customer: customerId,
        type: 'message',
        title: { key: 'Messages.notify.title', params: { manager: staff?.name ?? 'Donkervoort' } },
        body: { key: 'Messages.notify.body' },
        link: '/messages',
        entity,
        confidential: true,
      },
      req,
    )
  } else {
    const holder = idOf(conversation.assignedTo) ?? idOf(customer.accountManager)
    if (!holder) return 'read'
    // While the holder is away, the colleague who covers is the one to tell.
    const staffId = (await absenceOf({ payload: req.payload, req }, holder))?.cover?.id ?? holder
    await notifyStaff(
      {
        staff: staffId,
        type: 'customer-message',
        title: { key: 'Messages.notify.staffTitle', params: { customer: customer.fullName ?? '' } },
        body: { key: 'Messages.notify.staffBody' },
        link: inboxConversationPath(conversationId),
        entity,
      },
      req,
    )
  }
  await req.payload.update({
    collection: 'conversations',
    id: conversationId,
    data: toCustomer
      ? { customerMailedAt: new Date().toISOString() }
      : { staffMailedAt: new Date().toISOString() },
    ...system,
  })
  return 'sent'
}
