import 'server-only'

import type { Payload } from 'payload'

import type { TStaffUser } from '@/access/user'
import { STAGES, type TStage } from '@/lib/orders/stages'

const DAY_MS = 24 * 60 * 60 * 1000
/** "Delivering soon": a delivery window that opens within this many days. */
export const DELIVERY_HORIZON_DAYS = 90

const idOf = (ref: unknown) =>
  typeof ref === 'object' && ref !== null ? (ref as { id: string }).id : (ref as string)

/**
 * The back office's "Today" figures for one staff member, read as them (overrideAccess: false):
 * an account manager counts their own customers and those customers' cars only, because that is
 * all the access rules let them read.
 */
export async function getTodayFigures({
  payload,
  user,
  now = new Date(),
}: {
  payload: Payload
  user: TStaffUser
  now?: Date
}) {
  const [customers, orders] = await Promise.all([
    payload.find({
      collection: 'customers',
      depth: 0,
      limit: 500,
      pagination: false,
      sort: 'lastName',
      select: { firstName: true, lastName: true, fullName: true, status: true },
      user,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'orders',
      depth: 0,
      limit: 1000,
      pagination: false,
      sort: 'deliveryWindowStart',
      locale: 'en',
      select: {
        orderNumber: true,
        customer: true,
        model: true,
        stage: true,
        deliveredAt: true,
        deliveryWindowStart: true,
        actionItems: true,
      },
      user,
      overrideAccess: false,
    }),
  ])
  const today = now.toISOString()
  const horizon = new Date(now.getTime() + DELIVERY_HORIZON_DAYS * DAY_MS).toISOString()
  const inBuild = orders.docs.filter((o) => !o.deliveredAt)
  const byStage = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<TStage, number>
  for (const o of inBuild) if (o.stage in byStage) byStage[o.stage as TStage] += 1
  const open = inBuild.flatMap((o) => (o.actionItems ?? []).filter((a) => !a.done))
  const names = new Map(
    customers.docs.map((c) => [c.id, c.fullName ?? `${c.firstName} ${c.lastName}`]),
  )
  return {
    customers: customers.docs.length,
    invited: customers.docs.filter((c) => c.status === 'invited').length,
    inBuild: inBuild.length,
    delivered: orders.docs.length - inBuild.length,
    byStage,
    openActions: open.length,
    overdueActions: open.filter((a) => a.dueDate && a.dueDate < today).length,
    deliveringSoon: inBuild
      .filter((o) => o.deliveryWindowStart && o.deliveryWindowStart <= horizon)
      .map((o) => ({
        id: o.id,
        orderNumber: o.orderNumber,
        model: o.model,
        stage: o.stage,
        deliveryWindowStart: o.deliveryWindowStart!,
        customer: names.get(idOf(o.customer)) ?? null,
      })),
  }
}

export type TTodayFigures = Awaited<ReturnType<typeof getTodayFigures>>
