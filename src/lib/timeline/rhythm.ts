import type { Payload } from 'payload'

import type { TStaffUser } from '@/access/user'
import { idOf } from '@/lib/timeline/milestones'

const DAY_MS = 86_400_000

export type TRhythmRow = {
  customerId: string
  name: string
  email: string
  orders: { id: string; orderNumber: string }[]
  lastPublishedAt: string | null
  /** Whole days since the last published update; null when there was none yet. */
  days: number | null
  overdue: boolean
}

/**
 * The update rhythm for a staff member: their customers (admins: all), each with the days since
 * the last published update of any of their cars in production, longest silence first; a customer
 * without any update counts from the order date. Read with the staff member's own access.
 */
export async function updateRhythm(args: {
  payload: Payload
  staff: TStaffUser
  thresholdDays: number
  now?: number
}): Promise<TRhythmRow[]> {
  const { payload, staff, thresholdDays } = args
  const now = args.now ?? Date.now()
  const as = { user: staff, overrideAccess: false, depth: 0, pagination: false } as const
  const orders = await payload.find({
    collection: 'orders',
    where: { deliveredAt: { exists: false } },
    select: { orderNumber: true, customer: true, orderDate: true },
    limit: 5000,
    ...as,
  })
  if (!orders.docs.length) return []
  const customerIds = [...new Set(orders.docs.map((o) => idOf(o.customer)!))]
  const [customers, updates] = await Promise.all([
    payload.find({
      collection: 'customers',
      where: { id: { in: customerIds } },
      select: { firstName: true, lastName: true, email: true },
      limit: customerIds.length,
      ...as,
    }),
    payload.find({
      collection: 'production-updates',
      where: {
        and: [
          { order: { in: orders.docs.map((o) => o.id) } },
          { _status: { equals: 'published' } },
        ],
      },
      select: { order: true, publishedAt: true },
      sort: '-publishedAt',
      limit: 100_000,
      ...as,
    }),
  ])
  const latestByOrder = new Map<string, string>()
  for (const u of updates.docs) {
    const order = idOf(u.order)!
    if (u.publishedAt && !latestByOrder.has(order)) latestByOrder.set(order, u.publishedAt)
  }
  const rows = customers.docs.map((c): TRhythmRow => {
    const own = orders.docs.filter((o) => idOf(o.customer) === String(c.id))
    const last = own
      .map((o) => latestByOrder.get(String(o.id)))
      .filter((d): d is string => Boolean(d))
      .sort()
      .pop()
    const since = last ?? own.map((o) => o.orderDate).sort()[0] ?? null
    const days = since ? Math.floor((now - new Date(since).getTime()) / DAY_MS) : null
    return {
      customerId: String(c.id),
      name: [c.firstName, c.lastName].filter(Boolean).join(' '),
      email: c.email,
      orders: own.map((o) => ({ id: String(o.id), orderNumber: o.orderNumber })),
      lastPublishedAt: last ?? null,
      days,
      overdue: days !== null && days > thresholdDays,
    }
  })
  return rows.sort((a, b) => (b.days ?? -1) - (a.days ?? -1))
}
