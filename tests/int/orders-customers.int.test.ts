import { beforeAll, describe, expect, it } from 'vitest'

import { createCustomerSession } from '@/lib/auth/customer-sessions'
import { createCustomer, createOrder } from '@/seed/factories'

import { createMedia } from './support/media'
import { asStaff, buildWorld, PASSWORD, type TWorld } from './support/world'

let w: TWorld
beforeAll(async () => {
  w = await buildWorld()
})

describe('translations of an order', () => {
  it('can be saved one language at a time: other languages fall back to English', async () => {
    const order = await createOrder(w.payload, {
      customer: w.customerA.id,
      configuration: [{ group: 'exterior', option: 'Exposed carbon body' }],
      actionItems: [{ title: 'Choose your seat embroidery', done: false }],
    })
    const nl = await w.payload.update({
      collection: 'orders',
      id: order.id,
      locale: 'nl',
      data: {
        actionItems: order.actionItems!.map((a) => ({ ...a, title: 'Kies het borduursel' })),
      },
      user: asStaff(w.admin),
      overrideAccess: false,
    })
    expect(nl.actionItems?.[0]?.title).toBe('Kies het borduursel')
    const read = await w.payload.findByID({
      collection: 'orders',
      id: order.id,
      locale: 'nl',
      fallbackLocale: 'en',
      overrideAccess: true,
    })
    expect(read.configuration?.[0]?.option).toBe('Exposed carbon body')
    const en = await w.payload.findByID({
      collection: 'orders',
      id: order.id,
      locale: 'en',
      overrideAccess: true,
    })
    expect(en.actionItems?.[0]?.title).toBe('Choose your seat embroidery')
  })

  it('still requires the English text', async () => {
    await expect(
      w.payload.create({
        collection: 'orders',
        locale: 'en',
        data: {
          orderNumber: `T-EMPTY-${Date.now()}`,
          orderDate: new Date().toISOString(),
          customer: w.customerA.id,
          model: 'f22',
          stage: 'design',
          configuration: [{ group: 'exterior', option: '' }],
        },
        user: asStaff(w.admin),
        overrideAccess: false,
      }),
    ).rejects.toThrow(/Option/)
  })
})

describe('deleting a customer', () => {
  it('is refused while the customer has orders', async () => {
    const c = await createCustomer(w.payload, { accountManager: w.managerA.id })
    await createOrder(w.payload, { customer: c.id })
    await expect(
      w.payload.delete({
        collection: 'customers',
        id: c.id,
        user: asStaff(w.admin),
        overrideAccess: false,
      }),
    ).rejects.toThrow(/still has orders/)
    expect(
      (await w.payload.findByID({ collection: 'customers', id: c.id, overrideAccess: true })).id,
    ).toBe(c.id)
  })

  it('takes their sessions and account links along', async () => {
    const c = await createCustomer(w.payload, { accountManager: w.managerA.id, password: PASSWORD })
    await createCustomerSession({ payload: w.payload, customerId: c.id, meta: {} })
    await w.payload.delete({
      collection: 'customers',
      id: c.id,
      user: asStaff(w.admin),
      overrideAccess: false,
    })
    const left = await w.payload.count({
      collection: 'customer-sessions',
      where: { customer: { equals: c.id } },
      overrideAccess: true,
    })
    expect(left.totalDocs).toBe(0)
    await expect(
      w.payload.findByID({ collection: 'customers', id: c.id, overrideAccess: true }),
    ).rejects.toThrow()
  })
})

describe('deleting an order', () => {
  it('is refused while it has photos or videos, saying so; it goes once they are gone', async () => {
    const order = await createOrder(w.payload, { customer: w.customerA.id })
    const media = await createMedia(w.payload, { order: order.id })
    const staff = asStaff(w.admin)
    await expect(
      w.payload.delete({ collection: 'orders', id: order.id, user: staff, overrideAccess: false }),
    ).rejects.toThrow(/still has photos or videos \(1\)/)
    expect(
      (await w.payload.findByID({ collection: 'orders', id: order.id, overrideAccess: true })).id,
    ).toBe(order.id)
    await w.payload.delete({
      collection: 'order-media',
      id: media.id,
      user: staff,
      overrideAccess: false,
    })
    await w.payload.delete({
      collection: 'orders',
      id: order.id,
      user: staff,
      overrideAccess: false,
    })
    await expect(
      w.payload.findByID({ collection: 'orders', id: order.id, overrideAccess: true }),
    ).rejects.toThrow()
  })
})
