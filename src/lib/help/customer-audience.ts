import type { PayloadRequest } from 'payload'

import { isStage, type TStage } from '@/lib/orders/stages'

export type TAudience = { models: string[]; stages: TStage[] }

/**
 * The models a customer owns and the stages their cars are in, which decide the targeted help
 * articles they may read. Kept on the request: one access check per request reads the orders once.
 */
export async function customerAudience(
  req: PayloadRequest,
  customerId: string,
): Promise<TAudience> {
  const key = `helpAudience:${customerId}`
  const cached = req.context[key] as TAudience | undefined
  if (cached) return cached
  const { docs } = await req.payload.find({
    collection: 'orders',
    where: { customer: { equals: customerId } },
    select: { model: true, stage: true, deliveredAt: true },
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: true, // system: only this customer's own orders, to pick the articles meant for them
    req,
  })
  const audience: TAudience = {
    models: [...new Set(docs.map((o) => o.model).filter(Boolean))] as string[],
    stages: [...new Set(docs.map((o) => (o.deliveredAt ? 'delivery' : o.stage)).filter(isStage))],
  }
  req.context[key] = audience
  return audience
}
