import { beforeAll, describe, expect, it } from 'vitest'

import { createOrder } from '@/seed/factories'
import { createMilestoneDefinition } from '@/seed/timeline-factories'

import { rest } from './support/http'
import { staffHeaders } from './support/identity'
import { asStaff, buildWorld, type TWorld } from './support/world'

let w: TWorld
beforeAll(async () => {
  w = await buildWorld()
})

const month = (y: number, m: number) => new Date(Date.UTC(y, m - 1, 1)).toISOString()

describe('milestone plan from the template', () => {
  it('a new order of the model gets the template milestones with planned dates', async () => {
    const chassis = await createMilestoneDefinition(w.payload, {
      stage: 'production',
      sortOrder: 1,
    })
    const paint = await createMilestoneDefinition(w.payload, { stage: 'production', sortOrder: 2 })
    await w.payload.create({
      collection: 'milestone-templates',
      data: {
        name: 'P24 RS plan',
        model: 'd8-gto-individual-series',
        milestones: [
          { definition: chassis.id, plannedAfterDays: 100 },
          { definition: paint.id, plannedAfterDays: 160 },
        ],
      },
      overrideAccess: true, // test setup
    })
    const orderDate = '2027-01-01T00:00:00.000Z'
    const order = await createOrder(w.payload, {
      customer: w.customerA.id,
      model: 'd8-gto-individual-series',
      orderDate,
    })
    const { docs } = await w.payload.find({
      collection: 'order-milestones',
      where: { order: { equals: order.id } },
      sort: 'sortOrder',
      overrideAccess: true,
      depth: 0,
    })
    expect(docs.map((d) => [d.key, d.stage, d.state, d.plannedDate])).toEqual([
      [chassis.key, 'production', 'planned', '2027-04-11T00:00:00.000Z'],
      [paint.key, 'production', 'planned', '2027-06-10T00:00:00.000Z'],
    ])
  })
})

describe('delivery estimate', () => {
  it('a change without a reason is refused and leaves the window where it was', async () => {
    const order = await createOrder(w.payload, {
      customer: w.customerA.id,
      deliveryWindowStart: month(2027, 5),
      deliveryWindowEnd: month(2027, 6),
    })
    const h = await staffHeaders(w.payload, w.managerA)
    for (const reason of [undefined, '', '   ', 'x']) {
      const r = await rest('POST', 'delivery-estimate-changes', h, {
        order: order.id,
        toStart: month(2027, 7),
        toEnd: month(2027, 8),
        reason,
      })
      expect(r.status, String(reason)).toBe(400)
      expect(JSON.stringify(r.json)).toContain('reason')
    }
    const after = await w.payload.findByID({ collection: 'orders', id: order.id, depth: 0 })
    expect([after.deliveryWindowStart, after.deliveryWindowEnd]).toEqual([
      month(2027, 5),
      month(2027, 6),
    ])
  })

  it('a change with a reason moves the window, keeps the history and is audited', async () => {
    const order = await createOrder(w.payload, {
      customer: w.customerA.id,
      deliveryWindowStart: month(2027, 5),
      deliveryWindowEnd: month(2027, 6),
    })
    const h = await staffHeaders(w.payload, w.managerA)
    const r = await rest('POST', 'delivery-estimate-changes', h, {
      order: order.id,
      toStart: month(2027, 7),
      toEnd: month(2027, 8),
      reason: 'Paint supplier delay',
      fromStart: month(2020, 1), // ignored: the previous window is the order's own
    })
    expect(r.status).toBe(201)
    const doc = (r.json as { doc: Record<string, unknown> }).doc
    expect([doc.fromStart, doc.fromEnd, doc.reason]).toEqual([
      month(2027, 5),
      month(2027, 6),
      'Paint supplier delay',
    ])
    const after = await w.payload.findByID({ collection: 'orders', id: order.id, depth: 0 })
    expect([after.deliveryWindowStart, after.deliveryWindowEnd]).toEqual([
      month(2027, 7),
      month(2027, 8),
    ])
    const audit = await w.payload.find({
      collection: 'audit-log',
      where: {
        and: [
          { action: { equals: 'delivery-estimate.changed' } },
          { targetId: { equals: order.id } },
        ],
      },
      overrideAccess: true,
    })
    expect(audit.docs).toHaveLength(1)
    expect(audit.docs[0].actorId).toBe(w.managerA.id)
  })

  it("an account manager cannot change another manager's customer's estimate", async () => {
    const h = await staffHeaders(w.payload, w.managerA)
    const r = await rest('POST', 'delivery-estimate-changes', h, {
      order: w.orderB.id,
      toStart: month(2028, 1),
      toEnd: month(2028, 2),
      reason: 'Trying it on',
    })
    expect(r.status).toBe(403)
  })

  it('editing the window on the order itself is refused once it has one', async () => {
    const order = await createOrder(w.payload, {
      customer: w.customerA.id,
      deliveryWindowStart: month(2027, 5),
      deliveryWindowEnd: month(2027, 6),
    })
    await expect(
      w.payload.update({
        collection: 'orders',
        id: order.id,
        data: { deliveryWindowEnd: month(2027, 9) },
        user: asStaff(w.admin),
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ data: { errors: [{ path: 'deliveryWindowEnd' }] } })
    // Other edits of the order still save, window included unchanged.
    const ok = await w.payload.update({
      collection: 'orders',
      id: order.id,
      data: { internalNotes: 'ok', deliveryWindowEnd: month(2027, 6) },
      user: asStaff(w.admin),
      overrideAccess: false,
    })
    expect(ok.internalNotes).toBe('ok')
  })
})

describe('update rhythm', () => {
  it("lists the manager's own customers by days since their last published update", async () => {
    const { updateRhythm } = await import('@/lib/timeline/rhythm')
    const { createProductionUpdate } = await import('@/seed/timeline-factories')
    const { createCustomer } = await import('@/seed/factories')
    const DAY = 86_400_000
    const quiet = await createCustomer(w.payload, { accountManager: w.managerA.id })
    const busy = await createCustomer(w.payload, { accountManager: w.managerA.id })
    const quietOrder = await createOrder(w.payload, { customer: quiet.id })
    const busyOrder = await createOrder(w.payload, { customer: busy.id })
    await createProductionUpdate(w.payload, {
      order: quietOrder.id,
      publishedAt: new Date(Date.now() - 45 * DAY).toISOString(),
    })
    await createProductionUpdate(w.payload, {
      order: busyOrder.id,
      publishedAt: new Date(Date.now() - 3 * DAY).toISOString(),
    })
    // A newer draft does not count: only what the customer could see.
    await createProductionUpdate(w.payload, { order: quietOrder.id, status: 'draft' })
    const rows = await updateRhythm({
      payload: w.payload,
      staff: asStaff(w.managerA),
      thresholdDays: 30,
    })
    const mine = rows.filter((r) => [quiet.id, busy.id].includes(r.customerId))
    expect(mine.map((r) => [r.customerId, r.days, r.overdue])).toEqual([
      [quiet.id, 45, true],
      [busy.id, 3, false],
    ])
    // Another manager's customer is not in the list.
    expect(rows.map((r) => r.customerId)).not.toContain(w.customerB.id)
  })
})
