import { createHash } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { expireAndRemind } from '@/features/esign/expire-and-remind'
import { declineRoute, signRoute, staffActionRoute } from '@/features/esign/routes'
import { runStaffAction } from '@/features/esign/staff-actions'
import { env } from '@/lib/env'
import { openFile } from '@/lib/storage/files'
import type { TStoredFileIds } from '@/payload/private-upload'

import { draftRequest } from './support/esign'
import { customerSession, staffHeaders } from './support/identity'
import { routedAs } from './support/route-params'
import { asStaff, buildWorld, type TWorld } from './support/world'

const sign = routedAs('/api/esign/requests/[id]/sign', signRoute)
const decline = routedAs('/api/esign/requests/[id]/decline', declineRoute)
const staffAction = routedAs('/api/esign/requests/[id]/[action]', staffActionRoute)

let w: TWorld
let fresh: Headers // customer A, second factor just checked (step-up passed)
let plain: Headers // customer A, password only
let freshB: Headers
let managerA: Headers

const post = (
  fn: (r: Request) => Promise<Response>,
  url: string,
  headers: Headers,
  body: unknown,
) => {
  const h = new Headers(headers)
  h.set('content-type', 'application/json')
  h.set('origin', env.PUBLIC_URL)
  h.set('user-agent', 'vitest-signer')
  h.set('x-forwarded-for', '203.0.113.7')
  return fn(new Request(url, { method: 'POST', headers: h, body: JSON.stringify(body) }))
}
const signAs = (id: string, headers: Headers, body: unknown = SIGNATURE) =>
  post(sign, `http://localhost/api/esign/requests/${id}/sign`, headers, body)
const SIGNATURE = { intent: true, legalName: 'Alice Example', signatureKind: 'typed' }
const codeOf = async (res: Response) => ((await res.json()) as { code: string }).code

const bytes = async (payload: TWorld['payload'], id: string) => {
  const parts: Buffer[] = []
  for await (const c of (await openFile({ payload, id })).stream) parts.push(Buffer.from(c))
  return Buffer.concat(parts)
}
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')
const pdfsig = (file: string) =>
  // pdfsig exits 0 whether or not the signature holds: its text decides.
  execFileSync('pdfsig', ['-no-ocsp', file], { encoding: 'utf8' })
const events = async (id: string) =>
  (
    await w.payload.find({
      collection: 'signature-events',
      where: { request: { equals: id } },
      sort: 'at',
      overrideAccess: true,
      depth: 0,
    })
  ).docs

const send = (id: string, by = w.managerA) =>
  runStaffAction({ payload: w.payload, user: asStaff(by), id, action: 'send' })

beforeAll(async () => {
  w = await buildWorld()
  const session = (c: typeof w.customerA, at: Date | null) =>
    customerSession(w.payload, c, {
      method: at ? 'password+totp' : 'password',
      secondFactorAt: at,
    }).then((s) => s.headers)
  ;[fresh, plain, freshB, managerA] = await Promise.all([
    session(w.customerA, new Date()),
    session(w.customerA, null),
    session(w.customerB, new Date()),
    staffHeaders(w.payload, w.managerA),
  ])
})

describe('preparing and sending', () => {
  it('a request signs the current version and records its SHA-256', async () => {
    const { request, version } = await draftRequest(w.payload, {
      customer: w.customerA,
      by: w.managerA,
    })
    const fileId = (version.storedFiles as TStoredFileIds).original
    expect(request.status).toBe('draft')
    expect(request.documentSha256).toBe(sha256(await bytes(w.payload, fileId)))
    expect(String(request.customer)).toBe(w.customerA.id)
  })

  it("an account manager cannot prepare one on another manager's customer", async () => {
    await expect(
      draftRequest(w.payload, { customer: w.customerA, by: w.managerB }),
    ).rejects.toMatchObject({ status: 404 })
  })

  it('customers do not see drafts; sending adds the signer, an event and the notification', async () => {
    const { request } = await draftRequest(w.payload, { customer: w.customerA, by: w.managerA })
    const asA = {
      user: { ...w.customerA, collection: 'customers' as const },
      overrideAccess: false,
    }
    const seen = () =>
      w.payload.find({
        collection: 'signature-requests',
        where: { id: { equals: request.id } },
        ...asA,
      })
    expect((await seen()).totalDocs).toBe(0)
    const res = await post(
      staffAction,
      `http://localhost/api/esign/requests/${request.id}/send`,
      managerA,
      {},
    )
    expect(res.status).toBe(200)
    expect((await seen()).totalDocs).toBe(1)
    const signers = await w.payload.find({
      collection: 'signature-signers',
      where: { request: { equals: request.id } },
      overrideAccess: true,
    })
    expect(signers.docs.map((s) => [s.role, s.status, s.email])).toEqual([
      ['customer', 'pending', w.customerA.email],
    ])
    const sent = (await events(request.id)).find((e) => e.type === 'sent')!
    expect(sent).toMatchObject({
      actorType: 'staff',
      actorId: w.managerA.id,
      documentSha256: request.documentSha256,
    })
    const notes = await w.payload.find({
      collection: 'notifications',
      where: {
        and: [{ customer: { equals: w.customerA.id } }, { entityId: { equals: request.id } }],
      },
      overrideAccess: true,
    })
    expect(notes.docs.map((n) => [n.type, n.link])).toEqual([
      ['signature-requested', `/documents/sign/${request.id}`],
    ])
    // Sent is sent: a second send is refused and staff cannot edit the record any more.
    expect(
      (
        await post(
          staffAction,
          `http://localhost/api/esign/requests/${request.id}/send`,
          managerA,
          {},
        )
      ).status,
    ).toBe(409)
    await expect(
      w.payload.update({
        collection: 'signature-requests',
        id: request.id,
        data: { message: 'changed' },
        user: asStaff(w.managerA),
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
  })
})

describe('signing', () => {
  it('needs step-up, refuses other customers, then completes with a signed PDF pdfsig accepts', async () => {
    const { request, version } = await draftRequest(w.payload, {
      customer: w.customerA,
      by: w.managerA,
    })
    await send(request.id)
    expect(await codeOf(await signAs(request.id, plain))).toBe('STEP_UP_REQUIRED')
    const foreign = await signAs(request.id, freshB)
    expect(foreign.status).toBe(404)
    expect(foreign.headers.get('content-type')).toContain('application/problem+json')
    expect((await signAs(request.id, fresh, { ...SIGNATURE, intent: false })).status).toBe(400)

    const res = await signAs(request.id, fresh)
    expect(res.status).toBe(200)
    const body = (await res.json()) as { status: string; signedFile: string }
    expect(body.status).toBe('completed')

    // Every event carries the original's hash, the identity, IP and browser.
    const originalId = (version.storedFiles as TStoredFileIds).original
    const original = await bytes(w.payload, originalId)
    const trail = await events(request.id)
    expect(trail.map((e) => e.type)).toEqual(['sent', 'signed', 'completed'])
    for (const e of trail) expect(e.documentSha256).toBe(sha256(original))
    expect(trail[1]).toMatchObject({
      actorType: 'customer',
      actorId: w.customerA.id,
      ip: '203.0.113.7',
      userAgent: 'vitest-signer',
    })

    // The signed PDF: a new file; the original is unchanged.
    expect(body.signedFile).not.toBe(originalId)
    expect(sha256(await bytes(w.payload, originalId))).toBe(request.documentSha256)
    const signed = await bytes(w.payload, body.signedFile)
    const dir = mkdtempSync(path.join(tmpdir(), 'esign-'))
    const good = path.join(dir, 'signed.pdf')
    writeFileSync(good, signed)
    const report = pdfsig(good)
    expect(report).toContain('Signature is Valid.')
    expect(report).toContain('Total document signed')
    expect(report).toMatch(/adbe\.pkcs7\.detached|ETSI\.CAdES\.detached/)

    // One byte changed inside the first signed range: the digest no longer matches.
    const range = /\/ByteRange\s*\[\s*0\s+(\d+)/.exec(signed.toString('latin1'))
    expect(range).not.toBeNull()
    const at = Math.floor(Number(range![1]) / 2)
    const tampered = Buffer.from(signed)
    tampered[at] = tampered[at]! ^ 0x01
    const bad = path.join(dir, 'tampered.pdf')
    writeFileSync(bad, tampered)
    const badReport = pdfsig(bad)
    expect(badReport).not.toContain('Signature is Valid.')
    expect(badReport).toMatch(/Digest Mismatch|Signature is Invalid/)

    // The audit certificate states the original's SHA-256.
    const text = execFileSync('pdftotext', [good, '-'], { encoding: 'utf8' })
    expect(text).toContain('Audit certificate')
    expect(text).toContain(`Document SHA-256: ${sha256(original)}`)
    expect(text).toContain('Alice Example')

    // Completed: signing again is refused; the customer can read the signed file's owner.
    expect(await codeOf(await signAs(request.id, fresh))).toBe('REQUEST_CLOSED')
  })

  it('an expired request cannot be signed, and the job marks it expired', async () => {
    const { request } = await draftRequest(w.payload, { customer: w.customerA, by: w.managerA })
    await send(request.id)
    await w.payload.update({
      collection: 'signature-requests',
      id: request.id,
      data: { expiresAt: new Date(Date.now() - 1000).toISOString() },
      overrideAccess: true,
      context: { esign: true },
    })
    const res = await signAs(request.id, fresh)
    expect(res.status).toBe(410)
    expect(await codeOf(res)).toBe('REQUEST_EXPIRED')
    await expireAndRemind(w.payload)
    const after = await w.payload.findByID({
      collection: 'signature-requests',
      id: request.id,
      overrideAccess: true,
    })
    expect(after.status).toBe('expired')
    expect((await events(request.id)).map((e) => e.type)).toEqual(['sent', 'expired'])
  })

  it('a cancelled request cannot be signed', async () => {
    const { request } = await draftRequest(w.payload, { customer: w.customerA, by: w.managerA })
    await send(request.id)
    await runStaffAction({
      payload: w.payload,
      user: asStaff(w.managerA),
      id: request.id,
      action: 'cancel',
    })
    expect(await codeOf(await signAs(request.id, fresh))).toBe('REQUEST_CLOSED')
    expect((await events(request.id)).map((e) => e.type)).toEqual(['sent', 'cancelled'])
  })

  it('sequential order: the counter-signer waits for the customer, then completes it', async () => {
    const { request } = await draftRequest(w.payload, {
      customer: w.customerA,
      by: w.managerA,
      counterSigner: w.managerA,
    })
    await send(request.id)
    const counter = (h: Headers) =>
      post(staffAction, `http://localhost/api/esign/requests/${request.id}/countersign`, h, {
        ...SIGNATURE,
        legalName: 'Anouk Manager',
      })
    expect(await codeOf(await counter(managerA))).toBe('NOT_YOUR_TURN')
    expect((await (await signAs(request.id, fresh)).json()) as object).toMatchObject({
      status: 'sent',
    })
    const res = await counter(managerA)
    expect(res.status).toBe(200)
    expect(((await res.json()) as { status: string }).status).toBe('completed')
    expect((await events(request.id)).map((e) => e.type)).toEqual([
      'sent',
      'signed',
      'signed',
      'completed',
    ])
  })

  it('declining needs a reason and ends the request', async () => {
    const { request } = await draftRequest(w.payload, { customer: w.customerA, by: w.managerA })
    await send(request.id)
    const url = `http://localhost/api/esign/requests/${request.id}/decline`
    expect((await post(decline, url, plain, { reason: '' })).status).toBe(400)
    expect((await post(decline, url, plain, { reason: 'The price is wrong' })).status).toBe(200)
    const declined = (await events(request.id)).find((e) => e.type === 'declined')!
    expect(declined.details).toEqual({ reason: 'The price is wrong' })
    expect(await codeOf(await signAs(request.id, fresh))).toBe('REQUEST_CLOSED')
  })

  it('reminds once per reminder day before expiry', async () => {
    const { request } = await draftRequest(w.payload, {
      customer: w.customerA,
      by: w.managerA,
      expiresAt: new Date(
        Date.now() + (Math.min(...env.ESIGN_REMINDER_DAYS) - 0.5) * 86_400_000,
      ).toISOString(),
    })
    await send(request.id)
    await expireAndRemind(w.payload)
    await expireAndRemind(w.payload)
    expect((await events(request.id)).map((e) => e.type)).toEqual(['sent', 'reminded'])
  })
})
