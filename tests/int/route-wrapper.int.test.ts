import { beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'

import { env } from '@/lib/env'
import { hmacSignature } from '@/lib/http/hmac-auth'
import { route } from '@/lib/http/route'

import { customerHeaders } from './support/identity'
import { buildWorld, type TWorld } from './support/world'

/**
 * Route wrapper v2 (src/lib/http/route.ts): typed params from Next's route context, HMAC-signed
 * webhooks, same-origin for cookie-authenticated writes, per-route rate limits and the audit.
 */
const ORIGIN = new URL(env.PUBLIC_URL).origin
const SECRET = 'a-webhook-secret-for-the-route-test'

const thing = route({
  name: '/test/things/[id]',
  auth: 'public',
  params: z.object({ id: z.uuid() }),
  handler: ({ params }) => ({ id: params.id }),
})

const hook = route({
  name: '/test/hook',
  auth: { hmac: { secret: () => SECRET, header: 'x-signature' } },
  body: z.object({ event: z.string() }),
  handler: ({ body }) => ({ got: body.event }),
})

const write = route({
  name: '/test/customer-write',
  auth: 'customer',
  handler: ({ customer }) => ({ id: customer.id }),
})

const params = (value: object) => ({ params: Promise.resolve(value) })
const post = (headers: Headers, body = '{}') =>
  new Request(`${ORIGIN}/test/x`, { method: 'POST', headers, body })

let w: TWorld
beforeAll(async () => {
  w = await buildWorld()
})

describe('route wrapper v2', () => {
  it("hands the handler Next's params, checked; a path naming nothing valid is a 404", async () => {
    const id = '5a8f0f5e-4a8b-4f43-9c47-1d8f2f0b7a11'
    const ok = await thing(new Request(`${ORIGIN}/test/things/${id}`), params({ id }))
    expect(await ok.json()).toEqual({ id })
    const bad = await thing(new Request(`${ORIGIN}/test/things/x`), params({ id: 'x' }))
    expect(bad.status).toBe(404)
    expect(((await bad.json()) as { code: string }).code).toBe('NOT_FOUND')
  })

  it('admits a webhook only with the body signed by the shared secret', async () => {
    const body = JSON.stringify({ event: 'order.updated' })
    const signed = new Headers({
      'content-type': 'application/json',
      'x-signature': `sha256=${hmacSignature(SECRET, body)}`,
    })
    const ok = await hook(post(signed, body))
    expect(ok.status).toBe(200)
    expect(await ok.json()).toEqual({ got: 'order.updated' })
    const forged = new Headers(signed)
    forged.set('x-signature', hmacSignature('another-secret', body))
    expect((await hook(post(forged, body))).status).toBe(401)
    expect(
      (await hook(post(new Headers({ 'content-type': 'application/json' }), body))).status,
    ).toBe(401)
  })

  it('refuses a cookie-authenticated write from another site, allows it from ours', async () => {
    const headers = await customerHeaders(w.payload, w.customerA)
    headers.set('origin', ORIGIN)
    const ok = await write(post(headers))
    expect(ok.status).toBe(200)
    expect(await ok.json()).toEqual({ id: w.customerA.id })
    headers.set('origin', 'https://evil.example')
    expect((await write(post(headers))).status).toBe(401)
  })
})
