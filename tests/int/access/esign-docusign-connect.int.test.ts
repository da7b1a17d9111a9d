import { createHmac, randomUUID } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { docusignConnectRoute } from '@/features/esign/connect-route'
import { runStaffAction } from '@/features/esign/staff-actions'
import { env } from '@/lib/env'

import { accessWorld, PRINCIPALS } from '../support/access-world'
import { draftRequest } from '../support/esign'
import { rest } from '../support/http'
import { asStaff } from '../support/world'

/**
 * The DocuSign Connect webhook (/api/integrations/esign/docusign) joins the route access suite:
 * only the Connect HMAC admits a callback, and no session of anyone stands in for it. A request's
 * DocuSign envelope id is for staff: the customer reads their request without it.
 */
const world = accessWorld()
const KEY = createHmac('sha256', 'access-suite').digest('base64')
const saved = env.DOCUSIGN_CONNECT_HMAC_KEY
let requestA = ''
const ENVELOPE = randomUUID()

const body = JSON.stringify({
  event: 'envelope-voided',
  generatedDateTime: new Date().toISOString(),
  data: { envelopeId: ENVELOPE, envelopeSummary: { status: 'voided' } },
})
const callback = (headers: Headers, signature?: string) => {
  const h = new Headers(headers)
  h.set('content-type', 'application/json')
  h.set('origin', env.PUBLIC_URL)
  if (signature) h.set('x-docusign-signature-1', signature)
  return docusignConnectRoute(
    new Request('http://localhost:3000/api/integrations/esign/docusign', {
      method: 'POST',
      headers: h,
      body,
    }),
  )
}
const answer = async (res: Response) => {
  const json = (await res.json()) as Record<string, unknown>
  delete json.requestId
  return { status: res.status, type: res.headers.get('content-type'), json }
}

beforeAll(async () => {
  env.DOCUSIGN_CONNECT_HMAC_KEY = KEY
  const { w } = world
  const { request } = await draftRequest(w.payload, { customer: w.customerA, by: w.managerA })
  await runStaffAction({
    payload: w.payload,
    user: asStaff(w.managerA),
    id: request.id,
    action: 'send',
  })
  // As if it had been sent through DocuSign (the adapter itself is tested against its fake).
  await w.payload.update({
    collection: 'signature-requests',
    id: request.id,
    data: { provider: 'docusign', providerRef: ENVELOPE },
    overrideAccess: true, // test setup: system fields only esign writes
    context: { esign: true },
  })
  requestA = request.id
})
afterAll(() => {
  env.DOCUSIGN_CONNECT_HMAC_KEY = saved
})

describe('DocuSign Connect webhook', () => {
  it.each(PRINCIPALS)('%s: a session is no Connect signature', async (p) => {
    const { who } = world
    const anonymous = await answer(await callback(new Headers()))
    expect(anonymous.status).toBe(401)
    expect(anonymous.type).toContain('application/problem+json')
    expect(await answer(await callback(who[p].headers))).toEqual(anonymous)
    const forged = createHmac('sha256', 'not the key').update(body).digest('base64')
    expect(await answer(await callback(who[p].headers, forged))).toEqual(anonymous)
    const stored = await world.w.payload.findByID({
      collection: 'signature-requests',
      id: requestA,
      overrideAccess: true, // test: the record as stored
    })
    expect(stored.status).toBe('sent')
  })

  it('answers 404 while no Connect key is configured', async () => {
    env.DOCUSIGN_CONNECT_HMAC_KEY = undefined
    try {
      const signed = createHmac('sha256', KEY).update(body).digest('base64')
      expect((await callback(new Headers(), signed)).status).toBe(404)
    } finally {
      env.DOCUSIGN_CONNECT_HMAC_KEY = KEY
    }
  })

  it('the envelope id is for staff; the customer sees which provider, not its reference', async () => {
    const { who } = world
    const own = await rest('GET', `signature-requests/${requestA}`, who.customerA.headers)
    expect(own.status).toBe(200)
    expect(own.json.provider).toBe('docusign')
    expect(own.json).not.toHaveProperty('providerRef')
    const staff = await rest('GET', `signature-requests/${requestA}`, who.managerA.headers)
    expect(staff.json.providerRef).toBe(ENVELOPE)
  })

  it('with the key, the callback applies (and a repeat changes nothing)', async () => {
    const signed = createHmac('sha256', KEY).update(body).digest('base64')
    const first = await callback(new Headers(), signed)
    expect(first.status).toBe(200)
    expect(await first.json()).toEqual({
      results: [{ providerRef: ENVELOPE, type: 'cancelled', applied: true }],
    })
    const again = await callback(new Headers(), signed)
    expect(await again.json()).toEqual({
      results: [{ providerRef: ENVELOPE, type: 'cancelled', applied: false }],
    })
  })
})
