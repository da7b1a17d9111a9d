import 'server-only'

import { getTranslations } from 'next-intl/server'

import type { TCustomerUser } from '@/access/user'
import { getCurrentCustomer } from '@/lib/auth/current-customer'
import { latestLiveEventId } from '@/lib/live/hub'
import { getPayload } from '@/payload/get-payload'

/** Staff messages in the customer's conversation after their last read mark (notes are never counted: read access). */
export async function unreadMessages(customer: TCustomerUser): Promise<number> {
  const payload = await getPayload()
  const found = await payload.find({
    collection: 'conversations',
    where: { customer: { equals: customer.id } },
    limit: 1,
    pagination: false,
    depth: 0,
    select: { customerReadAt: true },
    user: customer,
    overrideAccess: false,
  })
  const conversation = found.docs[0]
  if (!conversation) return 0
  const { totalDocs } = await payload.count({
    collection: 'messages',
    where: {
      and: [
        { conversation: { equals: conversation.id } },
        { senderType: { equals: 'staff' } },
        ...(conversation.customerReadAt
          ? [{ createdAt: { greater_than: conversation.customerReadAt } }]
          : []),
      ],
    },
    user: customer,
    overrideAccess: false,
  })
  return totalDocs
}

/**
 * The header's badge: the count, its words, and the customer's newest live event id, read after
 * the count, so the tab's stream starts there and a reply sent between this render and the
 * stream's connect is added, not missed (nor counted twice). Null when nobody is signed in.
 */
export async function unreadForHeader(): Promise<{
  count: number
  label: string
  liveFrom: string
} | null> {
  const customer = await getCurrentCustomer()
  if (!customer) return null
  const count = await unreadMessages(customer)
  const liveFrom = await latestLiveEventId(await getPayload(), `c:${customer.id}`)
  const t = await getTranslations('Messages')
  return { count, label: t('unread', { count }), liveFrom }
}
