import { beforeAll, describe, expect, it } from 'vitest'

import { rest } from './support/http'
import { staffHeaders } from './support/identity'
import { buildWorld, type TWorld } from './support/world'

/**
 * Payload's admin shows a refusal's message only when the answer's type contains
 * `application/json`: requests from its own pages (same-host Referer under /admin) get the
 * problem body as `application/json`; every other caller keeps `application/problem+json`.
 */
let w: TWorld
let staff: Headers

beforeAll(async () => {
  w = await buildWorld()
  staff = await staffHeaders(w.payload, w.admin)
})

/** A refusal of ours: a query parameter that must be a whole number. */
async function refused(referer?: string) {
  const h = new Headers(staff)
  if (referer) h.set('referer', referer)
  return rest('GET', 'orders?depth=abc', h)
}

describe('refusals as the admin reads them', () => {
  it('the admin gets the same problem body as application/json', async () => {
    const plain = await refused()
    const admin = await refused('http://localhost:3000/admin/collections/orders/create')
    expect(plain.status).toBe(400)
    expect(plain.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect(admin.status).toBe(400)
    expect(admin.headers.get('content-type')).toMatch(/^application\/json/)
    expect(admin.headers.get('content-type')).not.toContain('problem')
    expect(admin.json.errors).toEqual([
      { message: 'Query parameter "depth" must be a whole number.' },
    ])
    expect(admin.json.code).toBe(plain.json.code)
    expect(admin.json.detail).toBe(plain.json.detail)
  })

  it('a behind-TLS-proxy page (https Referer, same host) counts as the admin', async () => {
    const r = await refused('https://localhost:3000/admin')
    expect(r.headers.get('content-type')).toMatch(/^application\/json/)
  })

  it('other hosts, portal pages, look-alike paths and junk keep problem+json', async () => {
    for (const referer of [
      'http://elsewhere.example/admin/collections/orders',
      'http://localhost:3000/en/orders',
      'http://localhost:3000/administrator',
      'not a url',
    ]) {
      const r = await refused(referer)
      expect(r.status, referer).toBe(400)
      expect(r.headers.get('content-type'), referer).toMatch(/^application\/problem\+json/)
    }
  })

  it('successes are untouched', async () => {
    const r = await rest(
      'GET',
      'orders?depth=0&limit=1',
      new Headers([...staff, ['referer', 'http://localhost:3000/admin']]),
    )
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toMatch(/^application\/json/)
  })
})
