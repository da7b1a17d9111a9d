import { beforeAll, describe, expect, it } from 'vitest'

import config from '@payload-config'
import { payloadGraphql } from '@/lib/http/payload-routes'

import { rest } from './support/http'
import { customerHeaders, staffHeaders } from './support/identity'
import { buildWorld, type TWorld } from './support/world'

/**
 * Every answer from Payload's REST and GraphQL — per-user by nature — is `private, no-store`
 * (ARCHITECTURE rule 7): successes, errors and refusals alike, for customers, staff and anonymous
 * callers, on every collection and on Payload's own endpoints (me, preferences, access, init).
 */
let w: TWorld
let who: Record<'staff' | 'customer' | 'anonymous', Headers>
const graphqlPost = payloadGraphql(config).POST

beforeAll(async () => {
  w = await buildWorld()
  who = {
    staff: await staffHeaders(w.payload, w.admin),
    customer: await customerHeaders(w.payload, w.customerA),
    anonymous: new Headers(),
  }
})

const slugs = () => w.payload.config.collections.map((c) => c.slug)

describe.each(['staff', 'customer', 'anonymous'] as const)('as %s', (principal) => {
  it('every collection: list, count, by id, a missing id', async () => {
    const seen: string[] = []
    for (const slug of slugs()) {
      for (const path of [
        `${slug}?depth=0&limit=5`,
        `${slug}/count`,
        `${slug}/${w.customerA.id}?depth=2`,
        `${slug}/00000000-0000-4000-8000-000000000000`,
      ]) {
        const r = await rest('GET', path, who[principal])
        seen.push(`${r.status} ${path}: ${r.headers.get('cache-control')}`)
        expect(r.headers.get('cache-control'), `${r.status} GET ${path}`).toBe('private, no-store')
      }
    }
    expect(seen.length).toBeGreaterThan(40)
  })

  it('Payload’s own endpoints and writes', async () => {
    const calls: Array<[Parameters<typeof rest>[0], string, unknown?]> = [
      ['GET', 'customers/me'],
      ['GET', 'staff/me'],
      ['GET', 'access'],
      ['GET', 'staff/init'],
      ['GET', 'payload-preferences/nav'],
      ['POST', 'payload-preferences/nav', { value: { open: true } }],
      ['PATCH', `orders/${w.orderA.id}`, { internalNotes: 'cache check' }],
      ['PATCH', `customers/${w.customerA.id}`, { phone: '+31 20 000 0000' }],
      ['POST', 'staff/logout'],
      ['GET', 'no-such-collection'],
    ]
    for (const [method, path, body] of calls) {
      const r = await rest(method, path, who[principal], body)
      expect(r.headers.get('cache-control'), `${r.status} ${method} ${path}`).toBe(
        'private, no-store',
      )
    }
  })

  it('GraphQL: data, errors and refusals', async () => {
    for (const query of [
      '{ Orders { docs { id orderNumber } } }',
      `{ Customer(id: "${w.customerB.id}") { id email } }`,
      '{ meStaff { user { id } } }',
      '{ nonsense }',
    ]) {
      const h = new Headers(who[principal])
      h.set('content-type', 'application/json')
      const res = await graphqlPost(
        new Request('http://localhost:3000/api/graphql', {
          method: 'POST',
          headers: h,
          body: JSON.stringify({ query }),
        }),
        { params: Promise.resolve({ slug: [] }) },
      )
      expect(res.headers.get('cache-control'), query).toBe('private, no-store')
    }
  })
})
