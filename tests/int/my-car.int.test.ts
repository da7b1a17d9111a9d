import { beforeAll, describe, expect, it } from 'vitest'

import { createOrder } from '@/seed/factories'

import { graphql, rest } from './support/http'
import { customerHeaders, staffHeaders } from './support/identity'
import { createMedia } from './support/media'
import { buildWorld, type TWorld } from './support/world'

/**
 * "My car" fields on the order: the VIN (validated, unique, written by staff only, read by the
 * owner over REST and GraphQL), swatch colours, and configuration photos that are released to the
 * customer while the order shows them.
 */
let w: TWorld
let hCustomerA: Headers
let hManagerA: Headers
let hMarketing: Headers

const system = (id: string) =>
  w.payload.findByID({ collection: 'orders', id, depth: 0, overrideAccess: true }) // test: stored value

const vin = () => `XM9TEST${String(Math.floor(Math.random() * 1e10)).padStart(10, '0')}`

beforeAll(async () => {
  w = await buildWorld()
  hCustomerA = await customerHeaders(w.payload, w.customerA)
  hManagerA = await staffHeaders(w.payload, w.managerA)
  hMarketing = await staffHeaders(w.payload, w.marketing)
})

describe('VIN', () => {
  it('the account manager sets it; it is stored as stamped, whatever spacing was typed', async () => {
    const value = vin()
    const typed = `${value.slice(0, 8).toLowerCase()} ${value.slice(8)}`
    const r = await rest('PATCH', `orders/${w.orderA.id}`, hManagerA, { vin: typed })
    expect(r.status).toBe(200)
    expect((await system(w.orderA.id)).vin).toBe(value)
  })

  it('refuses a malformed VIN with a message that says why, and keeps the old one', async () => {
    const before = (await system(w.orderA.id)).vin
    for (const [bad, message] of [
      ['XM9P24RS0AA00041', /17 characters/],
      ['XM9P24RS0AO000418', /I, O or Q/],
    ] as const) {
      const r = await rest('PATCH', `orders/${w.orderA.id}`, hManagerA, { vin: bad })
      expect(r.status, bad).toBe(400)
      expect(JSON.stringify(r.json), bad).toMatch(message)
    }
    expect((await system(w.orderA.id)).vin).toBe(before)
  })

  it('two cars never share a VIN', async () => {
    const taken = (await system(w.orderA.id)).vin!
    const other = await createOrder(w.payload, { customer: w.customerA.id })
    const r = await rest('PATCH', `orders/${other.id}`, hManagerA, { vin: taken })
    expect(r.status).toBe(400)
    expect((await system(other.id)).vin ?? null).toBeNull()
  })

  it('customers and marketing cannot write it on any path', async () => {
    const before = (await system(w.orderA.id)).vin
    for (const h of [hCustomerA, hMarketing]) {
      const r = await rest('PATCH', `orders/${w.orderA.id}`, h, { vin: vin() })
      expect(r.status).toBe(403)
      const g = await graphql(
        `
          mutation ($id: String!, $vin: String) {
            updateOrder(id: $id, data: { vin: $vin }) {
              id
            }
          }
        `,
        h,
        { id: w.orderA.id, vin: vin() },
      )
      expect(g.json.errors?.length).toBeGreaterThan(0)
    }
    expect((await system(w.orderA.id)).vin).toBe(before)
    // The same mutation from the account manager goes through: the refusals above are access.
    const value = vin()
    const ok = await graphql(
      `
        mutation ($id: String!, $vin: String) {
          updateOrder(id: $id, data: { vin: $vin }) {
            vin
          }
        }
      `,
      hManagerA,
      { id: w.orderA.id, vin: value },
    )
    expect(ok.json.errors).toBeUndefined()
    expect((await system(w.orderA.id)).vin).toBe(value)
  })

  it('the owner reads it over REST and GraphQL; another customer’s car stays invisible', async () => {
    const stored = (await system(w.orderA.id)).vin
    const mine = await rest('GET', `orders/${w.orderA.id}`, hCustomerA)
    expect(mine.json.vin).toBe(stored)
    const q = `query($id: String!) { Order(id: $id) { vin configuration { label option swatch } } }`
    const g = await graphql(q, hCustomerA, { id: w.orderA.id })
    expect((g.json.data?.Order as { vin: string }).vin).toBe(stored)
    expect((await rest('GET', `orders/${w.orderB.id}`, hCustomerA)).status).toBe(404)
    const foreign = await graphql(q, hCustomerA, { id: w.orderB.id })
    expect(foreign.json.data?.Order ?? null).toBeNull()
  })
})

describe('configuration', () => {
  it('refuses a swatch that is not #RRGGBB', async () => {
    const r = await rest('PATCH', `orders/${w.orderA.id}`, hManagerA, {
      configuration: [{ group: 'exterior', option: 'Red', swatch: 'red' }],
    })
    expect(r.status).toBe(400)
    expect(JSON.stringify(r.json)).toMatch(/#RRGGBB/)
  })

  it('a configuration photo reaches the customer while the order shows it, and only its own', async () => {
    const photo = await createMedia(w.payload, { order: w.orderA.id })
    const foreign = await createMedia(w.payload, { order: w.orderB.id })
    const visible = async (id: string) =>
      (
        await w.payload.findByID({
          collection: 'order-media',
          id,
          depth: 0,
          overrideAccess: true, // test: stored flag
        })
      ).visibleToCustomer
    const withImage = (image: string) => ({
      configuration: [{ group: 'interior', option: 'Cognac leather', swatch: '#8a4b2a', image }],
    })
    const refused = await rest('PATCH', `orders/${w.orderA.id}`, hManagerA, withImage(foreign.id))
    expect(refused.status).toBe(400)
    expect(await visible(foreign.id)).toBe(false)

    expect(
      (await rest('PATCH', `orders/${w.orderA.id}`, hManagerA, withImage(photo.id))).status,
    ).toBe(200)
    expect(await visible(photo.id)).toBe(true)
    const read = await rest('GET', `orders/${w.orderA.id}?depth=1`, hCustomerA)
    const row = (read.json.configuration as { image: { id: string } }[])[0]
    expect(row.image.id).toBe(photo.id)

    const cleared = await rest('PATCH', `orders/${w.orderA.id}`, hManagerA, {
      configuration: [{ group: 'interior', option: 'Cognac leather' }],
    })
    expect(cleared.status).toBe(200)
    expect(await visible(photo.id)).toBe(false)
  })
})
