import type { PayloadRequest } from 'payload'

import type { TRecipient } from '@/lib/live/publish'
import type { Conversation } from '@/payload-types'

import { absenceOf } from './covers'
import { idOf } from './readable-conversation'

/**
 * The staff who follow a conversation live: whoever it is assigned to, the customer's account
 * manager, the colleague covering for either while they are away, and every administrator (they
 * see all conversations).
 */
export async function staffOfConversation(
  req: PayloadRequest,
  conversation: Pick<Conversation, 'customer' | 'assignedTo'>,
): Promise<string[]> {
  const ids = new Set<string>()
  const assigned = idOf(conversation.assignedTo)
  if (assigned) ids.add(assigned)
  const customerId = idOf(conversation.customer)
  if (customerId) {
    const customer = await req.payload.findByID({
      collection: 'customers',
      id: customerId,
      depth: 0,
      select: { accountManager: true },
      overrideAccess: true, // system: who to tell, whoever wrote
      disableErrors: true,
      req,
    })
    const manager = idOf(customer?.accountManager)
    if (manager) ids.add(manager)
  }
  for (const id of [...ids]) {
    const cover = (await absenceOf({ payload: req.payload, req }, id))?.cover
    if (cover) ids.add(cover.id)
  }
  const admins = await req.payload.find({
    collection: 'staff',
    where: { role: { equals: 'admin' } },
    depth: 0,
    limit: 200,
    pagination: false,
    select: {},
    overrideAccess: true, // system: administrators see every conversation, so they hear of it
    req,
  })
  for (const a of admins.docs) ids.add(String(a.id))
  return [...ids]
}

/** Stream addresses for a conversation's people; the customer only when `customerToo`. */
export async function recipientsOf(
  req: PayloadRequest,
  conversation: Pick<Conversation, 'customer' | 'assignedTo'>,
  customerToo: boolean,
): Promise<TRecipient[]> {
  const staff = (await staffOfConversation(req, conversation)).map((id) => `s:${id}` as const)
  const customer = idOf(conversation.customer)
  return customerToo && customer ? [`c:${customer}`, ...staff] : staff
}
