import type { Payload, PayloadRequest } from 'payload'

import type { Conversation } from '@/payload-types'

import { idOf } from './readable-conversation'

/**
 * The customer's one conversation, opened the first time it is needed with their account manager
 * as its holder. Callers have already decided that the customer is theirs to talk to (the customer
 * themselves, or staff who can read that customer). Two first opens at once meet at the unique
 * customer column: the loser reads the winner's.
 */
export async function ensureConversation(args: {
  payload: Payload
  customerId: string
  req?: Partial<PayloadRequest>
  seed?: boolean
}): Promise<Conversation> {
  const { payload, customerId, req } = args
  const find = async () =>
    (
      await payload.find({
        collection: 'conversations',
        where: { customer: { equals: customerId } },
        limit: 1,
        depth: 0,
        overrideAccess: true, // system: the caller decided this customer is theirs (see above)
        req,
      })
    ).docs[0]
  const existing = await find()
  if (existing) return existing
  const customer = await payload.findByID({
    collection: 'customers',
    id: customerId,
    depth: 0,
    select: { accountManager: true },
    overrideAccess: true, // system: as above
    req,
  })
  try {
    return await payload.create({
      collection: 'conversations',
      data: { customer: customerId, assignedTo: idOf(customer.accountManager) },
      overrideAccess: true, // system: conversations are opened by the system only
      depth: 0,
      req,
      context: args.seed ? { seed: true } : undefined,
    })
  } catch (err) {
    const again = await find()
    if (again) return again
    throw err
  }
}
