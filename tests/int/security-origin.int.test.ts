import { beforeAll, describe, expect, it } from 'vitest'

import { env } from '@/lib/env'

import { graphql, rest } from './support/http'
import { customerHeaders } from './support/identity'
import { buildWorld, type TWorld } from './support/world'

/**
 * CSRF on Payload's REST and GraphQL: the portal session cookie authenticates nobody when the
 * request names a foreign Origin (src/lib/auth/customer-session-strategy.ts). The portal's own
 * origin is PUBLIC_URL's (http://localhost:3000 when the run sets none).
 */
const OWN = new URL(env.PUBLIC_URL).origin
/** The same host on the next port: another origin. */
const NEIGHBOUR = (() => {
  const u = new URL(OWN)
  u.port = String(Number(u.port || (u.protocol === 'https:' ? 443 : 80)) + 1)
  return u.origin
})()
let w: TWorld
let cookie: Headers
const from = (origin: string | null) => {
  const h = new Headers(cookie)
  if (origin !== null) h.set('origin', origin)
  return h
}

beforeAll(async () => {
  w = await buildWorld()
  cookie = await customerHeaders(w.payload, w.customerA)
})

describe('customer session cookie and Origin', () => {
  it('reads the own orders without an Origin and from the portal itself', async () => {
    for (const origin of [null, OWN]) {
      const res = await rest('GET', 'orders?depth=0', from(origin))
      expect(res.status, String(origin)).toBe(200)
      expect((res.json.docs as { id: string }[]).map((d) => d.id)).toEqual([w.orderA.id])
    }
  })

  it.each(['https://evil.example', NEIGHBOUR, 'null'])(
    'gives a request from %s no data: the cookie counts for nothing',
    async (origin) => {
      const res = await rest('GET', 'orders?depth=0', from(origin))
      expect(res.status).toBe(403)
      expect(JSON.stringify(res.json)).not.toContain(w.orderA.id)
      const me = await rest('GET', 'customers/me', from(origin))
      expect(JSON.stringify(me.json)).not.toContain(w.customerA.email)
    },
  )

  it('refuses a cross-origin write to the own customer record that the portal itself may make', async () => {
    const path = `customers/${w.customerA.id}?depth=0`
    const stored = () =>
      w.payload.findByID({ collection: 'customers', id: w.customerA.id, overrideAccess: true })
    const foreign = await rest('PATCH', path, from('https://evil.example'), {
      phone: '+31 6 6666 6666',
    })
    expect([401, 403]).toContain(foreign.status)
    expect((await stored()).phone ?? null).not.toBe('+31 6 6666 6666')
    // The same write from the portal's own origin goes through: it was the Origin that counted.
    const own = await rest('PATCH', path, from(OWN), {
      phone: '+31 6 1111 1111',
    })
    expect(own.status).toBe(200)
    expect((await stored()).phone).toBe('+31 6 1111 1111')
  })

  it('applies the same rule to GraphQL', async () => {
    const query = '{ Orders { docs { id } } }'
    const own = await graphql(query, from(OWN))
    expect(JSON.stringify(own.json)).toContain(w.orderA.id)
    const foreign = await graphql(query, from('https://evil.example'))
    expect(JSON.stringify(foreign.json)).not.toContain(w.orderA.id)
  })
})
