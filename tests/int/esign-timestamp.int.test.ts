import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { signRoute } from '@/features/esign/routes'
import { runStaffAction } from '@/features/esign/staff-actions'
import { env } from '@/lib/env'
import { openFile } from '@/lib/storage/files'

import { startLocalTsa, type TLocalTsa } from '../support/local-tsa'
import { draftRequest } from './support/esign'
import { customerSession } from './support/identity'
import { routedAs } from './support/route-params'
import { asStaff, buildWorld, type TWorld } from './support/world'

const sign = routedAs('/api/esign/requests/[id]/sign', signRoute)
// DER of the attribute type id-aa-signatureTimeStampToken (1.2.840.113549.1.9.16.2.14), as hex.
const TIMESTAMP_OID_HEX = '060b2a864886f70d010910020e'

let w: TWorld
let tsa: TLocalTsa
let fresh: Headers
const saved = env.ESIGN_TSA_URL

const signAs = (id: string) => {
  const h = new Headers(fresh)
  h.set('content-type', 'application/json')
  h.set('origin', env.PUBLIC_URL)
  const body = { intent: true, legalName: 'Alice Example', signatureKind: 'typed' }
  return sign(
    new Request(`http://localhost/api/esign/requests/${id}/sign`, {
      method: 'POST',
      headers: h,
      body: JSON.stringify(body),
    }),
  )
}

beforeAll(async () => {
  w = await buildWorld()
  tsa = await startLocalTsa()
  env.ESIGN_TSA_URL = tsa.url
  fresh = (
    await customerSession(w.payload, w.customerA, {
      method: 'password+totp',
      secondFactorAt: new Date(),
    })
  ).headers
})
afterAll(async () => {
  env.ESIGN_TSA_URL = saved
  await tsa.close()
})

describe('signing with a timestamp authority (ESIGN_TSA_URL)', () => {
  it('a TSA failure answers 503 and keeps nothing; once it answers, the seal is timestamped', async () => {
    const { request } = await draftRequest(w.payload, { customer: w.customerA, by: w.managerA })
    await runStaffAction({
      payload: w.payload,
      user: asStaff(w.managerA),
      id: request.id,
      action: 'send',
    })

    tsa.mode = 'http-error'
    const refused = await signAs(request.id)
    expect(refused.status).toBe(503)
    expect(((await refused.json()) as { code: string }).code).toBe('UNAVAILABLE')
    // The signing transaction rolled back: the request is still open, the signer may sign again.
    const open = await w.payload.findByID({
      collection: 'signature-requests',
      id: request.id,
      overrideAccess: true,
      depth: 0,
    })
    expect(open.status).toBe('sent')
    const signedEvents = await w.payload.find({
      collection: 'signature-events',
      where: { request: { equals: request.id }, type: { equals: 'signed' } },
      overrideAccess: true,
      depth: 0,
    })
    expect(signedEvents.totalDocs).toBe(0)

    tsa.mode = 'ok'
    const res = await signAs(request.id)
    expect(res.status).toBe(200)
    const body = (await res.json()) as { status: string; signedFile: string }
    expect(body.status).toBe('completed')
    const parts: Buffer[] = []
    for await (const c of (await openFile({ payload: w.payload, id: body.signedFile })).stream)
      parts.push(Buffer.from(c))
    const signed = Buffer.concat(parts)
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'esign-tsa-')), 'signed.pdf')
    writeFileSync(file, signed)
    const report = execFileSync('pdfsig', ['-no-ocsp', file], { encoding: 'utf8' })
    expect(report).toContain('Signature is Valid.')
    expect(signed.toString('latin1').toLowerCase()).toContain(TIMESTAMP_OID_HEX)
  })
})
