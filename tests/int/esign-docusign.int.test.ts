import { createHash, createHmac, randomUUID } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { docusignConnectRoute } from '@/features/esign/connect-route'
import { expireAndRemind } from '@/features/esign/expire-and-remind'
import { providerSigningUrl } from '@/features/esign/provider-signing-url'
import { declineRoute, signRoute, staffActionRoute } from '@/features/esign/routes'
import { fileRoute } from '@/features/files/file-route'
import { providerOf } from '@/integrations/esign'
import { env } from '@/lib/env'
import type { SignatureRequest } from '@/payload-types'

import { startFakeDocusign, type TFakeDocusign } from '../support/fake-docusign'
import { draftRequest } from './support/esign'
import { customerHeaders, customerSession, staffHeaders } from './support/identity'
import { routedAs } from './support/route-params'
import { asCustomer, buildWorld, type TWorld } from './support/world'

/**
 * The DocuSign provider against a named fake of DocuSign's eSignature REST API
 * (tests/support/fake-docusign.ts), on a real Postgres: sending, the recipient view, Connect
 * callbacks (HMAC, idempotency, completion with the combined PDF), voiding, and requests that
 * stay with DocuSign after ESIGN_PROVIDER changes.
 */
const sign = routedAs('/api/esign/requests/[id]/sign', signRoute)
const decline = routedAs('/api/esign/requests/[id]/decline', declineRoute)
const staffAction = routedAs('/api/esign/requests/[id]/[action]', staffActionRoute)
const fetchFile = routedAs('/api/files/[id]', fileRoute)
const CONNECT_URL = 'http://localhost/api/integrations/esign/docusign'

const SETTINGS = [
  'ESIGN_PROVIDER',
  'DOCUSIGN_BASE_URL',
  'DOCUSIGN_ACCOUNT_ID',
  'DOCUSIGN_ACCESS_TOKEN',
  'DOCUSIGN_CONNECT_HMAC_KEY',
] as const
const saved = Object.fromEntries(SETTINGS.map((k) => [k, env[k]]))

let w: TWorld
let ds: TFakeDocusign
let managerA: Headers
let fresh: Headers
let freshB: Headers

const post = (fn: (r: Request) => Promise<Response>, url: string, headers: Headers, body = {}) => {
  const h = new Headers(headers)
  h.set('content-type', 'application/json')
  h.set('origin', env.PUBLIC_URL)
  return fn(new Request(url, { method: 'POST', headers: h, body: JSON.stringify(body) }))
}
const act = (id: string, action: string) =>
  post(staffAction, `http://localhost/api/esign/requests/${id}/${action}`, managerA)
const connect = (c: { body: string; headers: Headers }) =>
  docusignConnectRoute(new Request(CONNECT_URL, { method: 'POST', ...c }))
const reload = (id: string) =>
  w.payload.findByID({
    collection: 'signature-requests',
    id,
    depth: 0,
    overrideAccess: true, // test: the record as stored
  }) as Promise<SignatureRequest>
/** Moves a request's expiry into the past, as if its time had passed. */
const pastExpiry = (id: string) =>
  w.payload.update({
    collection: 'signature-requests',
    id,
    data: { expiresAt: new Date(Date.now() - 1000).toISOString() },
    overrideAccess: true, // test: time has passed
    context: { esign: true },
  })
/** The trail's event types, alphabetically: what was recorded and how often, not when. */
const eventTypes = async (id: string) =>
  (
    await w.payload.find({
      collection: 'signature-events',
      where: { request: { equals: id } },
      depth: 0,
      overrideAccess: true, // test: the trail as stored
    })
  ).docs
    .map((e) => e.type)
    .sort()
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')

/** A request for customer A sent by their manager through DocuSign, with its envelope. */
async function sentThroughDocusign(opts: { counterSigner?: boolean } = {}) {
  const { request } = await draftRequest(w.payload, {
    customer: w.customerA,
    by: w.managerA,
    counterSigner: opts.counterSigner ? w.managerA : undefined,
  })
  const res = await act(request.id, 'send')
  expect(res.status).toBe(200)
  const sent = await reload(request.id)
  return { request: sent, envelope: ds.envelopes.get(sent.providerRef!)! }
}

beforeAll(async () => {
  w = await buildWorld()
  ds = await startFakeDocusign()
  Object.assign(env, {
    ESIGN_PROVIDER: 'docusign',
    DOCUSIGN_BASE_URL: ds.baseUrl,
    DOCUSIGN_ACCOUNT_ID: ds.accountId,
    DOCUSIGN_ACCESS_TOKEN: ds.token,
    DOCUSIGN_CONNECT_HMAC_KEY: ds.hmacKey,
  })
  const session = (c: typeof w.customerA) =>
    customerSession(w.payload, c, { method: 'password+totp', secondFactorAt: new Date() }).then(
      (s) => s.headers,
    )
  ;[managerA, fresh, freshB] = await Promise.all([
    staffHeaders(w.payload, w.managerA),
    session(w.customerA),
    session(w.customerB),
  ])
})
afterAll(async () => {
  Object.assign(env, saved)
  await ds.close()
})

describe('sending through DocuSign', () => {
  it('records the provider and envelope id; the envelope holds the exact document and signers', async () => {
    const { request, envelope } = await sentThroughDocusign({ counterSigner: true })
    expect(request.status).toBe('sent')
    expect(request.provider).toBe('docusign')
    expect(request.providerRef).toMatch(/^[0-9a-f-]{36}$/)
    expect(envelope).toBeDefined()
    expect(sha256(envelope.document)).toBe(request.documentSha256)
    const { docs: signers } = await w.payload.find({
      collection: 'signature-signers',
      where: { request: { equals: request.id } },
      sort: 'position',
      overrideAccess: true, // test: the signer rows as stored
    })
    expect(
      envelope.signers.map((s) => [s.recipientId, s.routingOrder, s.clientUserId, s.email]),
    ).toEqual(signers.map((s) => [String(s.position), String(s.position), String(s.id), s.email]))
    expect(envelope.customFields).toContainEqual({ name: 'portalRequestId', value: request.id })
    expect(Number(envelope.expireAfter)).toBeGreaterThanOrEqual(7)
    expect(await providerOf(request).status({ request })).toBe('sent')
    // The customer is still told through the portal; the link is the portal's signing page.
    const notes = await w.payload.find({
      collection: 'notifications',
      where: { entityId: { equals: request.id } },
      overrideAccess: true, // test: notifications as stored
    })
    expect(notes.docs.map((n) => n.link)).toEqual([`/documents/sign/${request.id}`])
  })

  it('a refused envelope sends nothing and records nothing', async () => {
    env.DOCUSIGN_ACCESS_TOKEN = 'a-token-docusign-does-not-know'
    try {
      const { request } = await draftRequest(w.payload, { customer: w.customerA, by: w.managerA })
      const before = ds.envelopes.size
      const res = await act(request.id, 'send')
      expect(res.status).toBe(503)
      expect(res.headers.get('content-type')).toContain('application/problem+json')
      expect(JSON.stringify(await res.json())).not.toContain('a-token-docusign-does-not-know')
      expect(ds.envelopes.size).toBe(before)
      expect((await reload(request.id)).status).toBe('draft')
      expect(await eventTypes(request.id)).toEqual([])
    } finally {
      env.DOCUSIGN_ACCESS_TOKEN = ds.token
    }
  })

  it('voids the envelope when our own transaction fails after DocuSign accepted it', async () => {
    const { request } = await draftRequest(w.payload, { customer: w.customerA, by: w.managerA })
    const create = w.payload.create.bind(w.payload)
    const spy = vi.spyOn(w.payload, 'create').mockImplementation(((args: {
      collection: string
    }) => {
      if (args.collection === 'audit-log') throw new Error('the audit log is unavailable')
      return create(args as never)
    }) as never)
    try {
      expect((await act(request.id, 'send')).status).toBe(500)
    } finally {
      spy.mockRestore()
    }
    const stored = await reload(request.id)
    expect(stored.status).toBe('draft')
    expect(stored.providerRef ?? null).toBeNull()
    const left = [...ds.envelopes.values()].find((e) =>
      e.customFields.some((f) => f.value === request.id),
    )
    expect(left?.status).toBe('voided')
  })
})

describe('signing at DocuSign', () => {
  it('the signer URL is DocuSign’s recipient view for the customer’s own request only', async () => {
    const { request } = await sentThroughDocusign()
    const url = await providerSigningUrl({
      payload: w.payload,
      customer: asCustomer(w.customerA),
      id: request.id,
      locale: 'nl',
    })
    expect(url.startsWith(`${new URL(ds.baseUrl).origin}/signing/${request.providerRef}/1?`)).toBe(
      true,
    )
    const view = [...ds.calls].reverse().find((c) => c.path.endsWith('/views/recipient'))!
    expect(view.body).toMatchObject({
      returnUrl: `${env.PUBLIC_URL}/nl/documents`,
      recipientId: '1',
      email: w.customerA.email,
    })
    await expect(
      providerSigningUrl({
        payload: w.payload,
        customer: asCustomer(w.customerB),
        id: request.id,
        locale: 'nl',
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('the built-in sign and decline routes refuse a DocuSign request', async () => {
    const { request } = await sentThroughDocusign()
    const body = { intent: true, legalName: 'Alice Example', signatureKind: 'typed' }
    const signed = await post(
      sign,
      `http://localhost/api/esign/requests/${request.id}/sign`,
      fresh,
      body,
    )
    expect(signed.status).toBe(409)
    expect(signed.headers.get('content-type')).toContain('application/problem+json')
    const declined = await post(
      decline,
      `http://localhost/api/esign/requests/${request.id}/decline`,
      fresh,
      { reason: 'Not like this' },
    )
    expect(declined.status).toBe(409)
    // Another customer still learns nothing: the same 404 as a missing request.
    const foreign = await post(
      sign,
      `http://localhost/api/esign/requests/${request.id}/sign`,
      freshB,
      body,
    )
    expect(foreign.status).toBe(404)
    expect((await reload(request.id)).status).toBe('sent')
    expect(await eventTypes(request.id)).toEqual(['sent'])
  })
})

describe('Connect callbacks', () => {
  it('refuses a wrong or missing HMAC with problem+json 401 and records nothing', async () => {
    const { request, envelope } = await sentThroughDocusign()
    ds.deliver(envelope.envelopeId, '1')
    const forged = ds.connect(envelope.envelopeId, 'recipient-delivered', {
      recipientId: '1',
      key: createHash('sha256').update('another key').digest('base64'),
    })
    const res = await connect(forged)
    expect(res.status).toBe(401)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    const unsigned = ds.connect(envelope.envelopeId, 'recipient-delivered', { recipientId: '1' })
    unsigned.headers.delete('x-docusign-signature-1')
    expect((await connect(unsigned)).status).toBe(401)
    // A valid signature over other bytes: the body was changed on the way.
    const tampered = ds.connect(envelope.envelopeId, 'recipient-delivered', { recipientId: '1' })
    expect(
      (await connect({ ...tampered, body: tampered.body.replace('delivered', 'completed') }))
        .status,
    ).toBe(401)
    expect(await eventTypes(request.id)).toEqual(['sent'])
  })

  it('records each event once and completes with DocuSign’s signed PDF, for its customer only', async () => {
    const { request, envelope } = await sentThroughDocusign()
    const id = envelope.envelopeId
    ds.deliver(id, '1')
    const delivered = ds.connect(id, 'recipient-delivered', { recipientId: '1' })
    await ds.sign(id, '1')
    const signed = ds.connect(id, 'recipient-completed', { recipientId: '1' })
    const completed = ds.connect(id, 'envelope-completed')
    for (const callback of [delivered, signed, completed, delivered, signed, completed]) {
      const res = await connect(callback)
      expect(res.status).toBe(200)
    }
    expect(await eventTypes(request.id)).toEqual(['completed', 'sent', 'signed', 'viewed'])
    const done = await reload(request.id)
    expect(done.status).toBe('completed')
    expect(done.signedFile).toBeTruthy()
    expect(done.signedSha256).toBe(sha256(envelope.combined!))

    // The customer downloads it through the file route; another customer gets a missing id's 404.
    const own = await fetchFile(
      new Request(`http://localhost:3000/api/files/${done.signedFile}?download=1`, {
        headers: await customerHeaders(w.payload, w.customerA),
      }),
    )
    expect(own.status).toBe(200)
    expect(Buffer.from(await own.arrayBuffer()).equals(envelope.combined!)).toBe(true)
    const headersB = await customerHeaders(w.payload, w.customerB)
    const foreign = await fetchFile(
      new Request(`http://localhost:3000/api/files/${done.signedFile}`, { headers: headersB }),
    )
    const missing = await fetchFile(
      new Request(`http://localhost:3000/api/files/${randomUUID()}`, { headers: headersB }),
    )
    expect(foreign.status).toBe(404)
    expect(foreign.status).toBe(missing.status)

    // Both parties hear of it, as with the built-in provider: the customer and the staff member.
    const notes = await w.payload.find({
      collection: 'notifications',
      where: { entityId: { equals: request.id } },
      overrideAccess: true, // test: notifications as stored
    })
    expect(notes.docs.map((n) => n.type).sort()).toEqual([
      'new-document',
      'signature-completed',
      'signature-requested',
    ])
  })

  it('a decline at DocuSign ends the request with the reason', async () => {
    const { request, envelope } = await sentThroughDocusign()
    ds.decline(envelope.envelopeId, '1', 'The colour is wrong')
    const callback = ds.connect(envelope.envelopeId, 'recipient-declined', { recipientId: '1' })
    expect((await connect(callback)).status).toBe(200)
    expect((await connect(ds.connect(envelope.envelopeId, 'envelope-declined'))).status).toBe(200)
    expect((await reload(request.id)).status).toBe('declined')
    const { docs } = await w.payload.find({
      collection: 'signature-events',
      where: { and: [{ request: { equals: request.id } }, { type: { equals: 'declined' } }] },
      overrideAccess: true, // test: the trail as stored
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]!.details).toMatchObject({ reason: 'The colour is wrong' })
  })

  it('an envelope the portal does not know is acknowledged and changes nothing', async () => {
    const { envelope } = await sentThroughDocusign()
    const callback = ds.connect(envelope.envelopeId, 'envelope-voided')
    const body = callback.body.replaceAll(envelope.envelopeId, randomUUID())
    const headers = new Headers(callback.headers)
    headers.set(
      'x-docusign-signature-1',
      createHmac('sha256', ds.hmacKey).update(body).digest('base64'),
    )
    const res = await connect({ body, headers })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ results: [{ type: 'cancelled', applied: false }] })
    expect(envelope.status).toBe('sent')
  })
})

describe('cancelling', () => {
  it('voids the envelope; a later voided callback records nothing twice', async () => {
    const { request, envelope } = await sentThroughDocusign()
    expect((await act(request.id, 'cancel')).status).toBe(200)
    expect(envelope.status).toBe('voided')
    expect(envelope.voidedReason).toBeTruthy()
    expect(await providerOf(request).status({ request })).toBe('cancelled')
    expect((await connect(ds.connect(envelope.envelopeId, 'envelope-voided'))).status).toBe(200)
    expect(await eventTypes(request.id)).toEqual(['cancelled', 'sent'])
  })

  it('after switching ESIGN_PROVIDER to builtin, a DocuSign request is still cancelled there', async () => {
    const { request, envelope } = await sentThroughDocusign()
    env.ESIGN_PROVIDER = 'builtin'
    try {
      const before = ds.envelopes.size
      const fresh = (await draftRequest(w.payload, { customer: w.customerA, by: w.managerA }))
        .request
      expect((await act(fresh.id, 'send')).status).toBe(200)
      const builtin = await reload(fresh.id)
      expect([builtin.provider, builtin.providerRef ?? null]).toEqual(['builtin', null])
      expect(ds.envelopes.size).toBe(before)

      expect((await act(request.id, 'cancel')).status).toBe(200)
      expect(envelope.status).toBe('voided')
      expect((await reload(request.id)).status).toBe('cancelled')
    } finally {
      env.ESIGN_PROVIDER = 'docusign'
    }
  })

  it('DocuSign voiding an envelope past its expiry day is our "expired"', async () => {
    const { request, envelope } = await sentThroughDocusign()
    await pastExpiry(request.id)
    envelope.status = 'voided'
    envelope.voidedReason = 'Envelope has expired.'
    expect((await connect(ds.connect(envelope.envelopeId, 'envelope-voided'))).status).toBe(200)
    expect((await reload(request.id)).status).toBe('expired')
    expect(await eventTypes(request.id)).toEqual(['expired', 'sent'])
  })

  it('the expiry job ends an expired request at DocuSign too', async () => {
    const { request, envelope } = await sentThroughDocusign()
    await pastExpiry(request.id)
    await expireAndRemind(w.payload)
    expect((await reload(request.id)).status).toBe('expired')
    expect(envelope.status).toBe('voided')
  })

  it('a refused void keeps the request open', async () => {
    const { request, envelope } = await sentThroughDocusign()
    envelope.status = 'completed' // finished at DocuSign before our cancel arrives
    const res = await act(request.id, 'cancel')
    expect(res.status).toBe(503)
    expect((await reload(request.id)).status).toBe('sent')
    expect(await eventTypes(request.id)).toEqual(['sent'])
  })
})
