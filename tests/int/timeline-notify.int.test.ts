import { beforeAll, describe, expect, it, vi } from 'vitest'

import { createOrder } from '@/seed/factories'
import { createProductionUpdate } from '@/seed/timeline-factories'

import { asStaff, buildWorld, type TWorld } from './support/world'

// The notifications module is built elsewhere; here only what the timeline hands it matters.
const inTransaction: boolean[] = []
const notify = vi.hoisted(() =>
  vi.fn(async (_input: Record<string, unknown>, req: { transactionID?: unknown }) => {
    // Read now: Payload drops the id from `req` once the transaction has committed.
    inTransaction.push(Boolean(req.transactionID))
  }),
)
vi.mock('@/lib/notify', () => ({ notify }))

let w: TWorld
beforeAll(async () => {
  w = await buildWorld()
})

const month = (y: number, m: number) => new Date(Date.UTC(y, m - 1, 1)).toISOString()

describe('notifications from the timeline', () => {
  it('publishing an update notifies its customer once, inside the transaction', async () => {
    notify.mockClear()
    const draft = await createProductionUpdate(w.payload, {
      order: w.orderA.id,
      status: 'draft',
      notify: true,
    })
    expect(notify).not.toHaveBeenCalled()
    await w.payload.update({
      collection: 'production-updates',
      id: draft.id,
      data: { _status: 'published' },
      user: asStaff(w.managerA),
      overrideAccess: false,
    })
    expect(notify).toHaveBeenCalledTimes(1)
    const [input] = notify.mock.calls[0]
    expect(input).toMatchObject({
      customer: w.customerA.id,
      type: 'production-update',
      title: { key: 'Timeline.notify.updateTitle' },
      entity: { collection: 'production-updates', id: draft.id },
      order: w.orderA.id,
    })
    expect(inTransaction.at(-1)).toBe(true)
    // Editing the published update again is no new publication.
    await w.payload.update({
      collection: 'production-updates',
      id: draft.id,
      data: { title: 'Corrected title' },
      user: asStaff(w.managerA),
      overrideAccess: false,
    })
    expect(notify).toHaveBeenCalledTimes(1)
  })

  it('a delivery estimate change notifies with its reason', async () => {
    notify.mockClear()
    const order = await createOrder(w.payload, {
      customer: w.customerA.id,
      deliveryWindowStart: month(2027, 5),
      deliveryWindowEnd: month(2027, 6),
    })
    await w.payload.create({
      collection: 'delivery-estimate-changes',
      data: {
        order: order.id,
        toStart: month(2027, 7),
        toEnd: month(2027, 8),
        reason: 'Paint supplier delay',
      },
      user: asStaff(w.managerA),
      overrideAccess: false,
    })
    expect(notify).toHaveBeenCalledTimes(1)
    expect(notify.mock.calls[0][0]).toMatchObject({
      customer: w.customerA.id,
      type: 'delivery-estimate-changed',
      body: { key: 'Timeline.notify.estimateBody', params: { reason: 'Paint supplier delay' } },
    })
  })
})
