import type { PayloadRequest, Where } from 'payload'

import type { MediaItem } from '@/payload-types'

const relId = (v: unknown) =>
  v && typeof v === 'object' ? String((v as { id: unknown }).id) : String(v)

/**
 * The active customers an item is meant for, to tell them it is there: the same audience the read
 * filter (src/access/media-items-read.ts) applies to one customer, asked the other way round.
 */
export async function customersOfAudience(req: PayloadRequest, item: MediaItem): Promise<string[]> {
  let ids: string[] | null = null
  const ofOrders = async (where: Where) => {
    const { docs } = await req.payload.find({
      collection: 'orders',
      where,
      select: { customer: true },
      depth: 0,
      pagination: false,
      limit: 10_000,
      overrideAccess: true, // system: which customers an item published by marketing is meant for
      req,
    })
    return docs.map((o) => relId(o.customer))
  }
  if (item.audience === 'models' && item.targetModels?.length)
    ids = await ofOrders({ model: { in: item.targetModels } })
  else if (item.audience === 'stages' && item.targetStages?.length) {
    const stages = item.targetStages
    ids = await ofOrders({
      or: [
        { and: [{ stage: { in: stages } }, { deliveredAt: { exists: false } }] },
        ...(stages.includes('delivery') ? [{ deliveredAt: { exists: true } }] : []),
      ],
    })
  } else if (item.audience === 'customers') ids = (item.targetCustomers ?? []).map(relId)
  else if (item.audience !== 'everyone') return []

  const { docs } = await req.payload.find({
    collection: 'customers',
    where: {
      and: [{ status: { equals: 'active' } }, ...(ids ? [{ id: { in: [...new Set(ids)] } }] : [])],
    },
    select: {},
    depth: 0,
    pagination: false,
    limit: 10_000,
    overrideAccess: true, // system: the active customers among the audience, to notify them
    req,
  })
  return docs.map((c) => String(c.id))
}
