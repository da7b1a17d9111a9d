// The measuring half of scripts/bench/esign.mjs (run through tsx, `server-only` stubbed as in
// the tests, so it runs the app's own route handler, signing code, storage and migrations): a
// customer with a fresh step-up signs a 20-page contract through POST /api/esign/requests/[id]/sign;
// the time from the call to the signed PDF being available (the response names the stored file;
// completion happens inside the call), then the first full read of that file through /api/files.
import { getPayload } from 'payload'
import { PDFDocument, StandardFonts } from 'pdf-lib'

import config from '../../src/payload.config'
import { signRoute } from '../../src/features/esign/routes'
import { runStaffAction } from '../../src/features/esign/staff-actions'
import { fileRoute } from '../../src/features/files/file-route'
import { CUSTOMER_SESSION_COOKIE } from '../../src/lib/auth/cookies'
import { createCustomerSession } from '../../src/lib/auth/customer-sessions'
import { env } from '../../src/lib/env'
import { migrations } from '../../src/migrations'
import {
  addDocumentVersion,
  createDocument,
  ensureDocumentTypes,
} from '../../src/seed/document-factories'
import { createCustomer, createStaff } from '../../src/seed/factories'

const ROUNDS = Number(process.env.BENCH_ROUNDS || 10)
const PAGES = Number(process.env.BENCH_PAGES || 20)

async function contract() {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  const para = 'The buyer and Donkervoort Automobielen B.V. agree on the following terms. '.repeat(
    6,
  )
  for (let p = 1; p <= PAGES; p++) {
    const page = pdf.addPage([595.28, 841.89])
    page.drawText(`Sales contract - article ${p}`, { x: 56, y: 780, size: 16, font })
    for (let l = 0; l < 40; l++)
      page.drawText(para.slice((l * 7) % 60, ((l * 7) % 60) + 90), {
        x: 56,
        y: 740 - l * 16,
        size: 10,
        font,
      })
  }
  return Buffer.from(await pdf.save())
}

const ms = (a: number, b: number) => Math.round((b - a) * 10) / 10
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]
  return `median ${at(0.5)} ms, p90 ${at(0.9)} ms, min ${s[0]} ms, max ${s.at(-1)} ms`
}

const payload = await getPayload({ config })
await payload.db.migrate({ migrations: migrations as never })
const types = await ensureDocumentTypes(payload)
const manager = await createStaff(payload, {
  role: 'account-manager',
  password: 'bench-password-123456',
})
const staffUser = { ...manager, collection: 'staff' as const, _secondFactor: 'verified' as const }
const customer = await createCustomer(payload, {
  accountManager: manager.id,
  password: 'bench-password-123456',
})
const pdf = await contract()
console.log(`contract: ${PAGES} pages, ${(pdf.length / 1024).toFixed(0)} KiB; ${ROUNDS} rounds`)

const signMs: number[] = []
const readMs: number[] = []
let signedBytes = 0
for (let i = 0; i < ROUNDS + 1; i++) {
  const doc = await createDocument(payload, {
    customer: customer.id,
    type: types['sales-contract'].id,
    title: `Bench ${i}`,
  })
  await addDocumentVersion(payload, { document: doc.id, data: pdf })
  const request = await payload.create({
    collection: 'signature-requests',
    data: {
      document: doc.id,
      signingOrder: 'sequential',
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    },
    user: staffUser,
    overrideAccess: false,
    context: { seed: true },
  })
  const id = String(request.id)
  await runStaffAction({ payload, user: staffUser, id, action: 'send', context: { seed: true } })
  const { token } = await createCustomerSession({
    payload,
    customerId: customer.id,
    method: 'password+totp',
    secondFactorAt: new Date(),
    meta: { ip: '127.0.0.1', userAgent: 'bench' },
  })
  const cookie = `${CUSTOMER_SESSION_COOKIE}=${token}`
  const t0 = performance.now()
  const res = await signRoute(
    new Request(`${env.PUBLIC_URL}/api/esign/requests/${id}/sign`, {
      method: 'POST',
      headers: {
        cookie,
        origin: env.PUBLIC_URL,
        'content-type': 'application/json',
        'user-agent': 'bench',
      },
      body: JSON.stringify({ intent: true, legalName: 'Bench Customer', signatureKind: 'typed' }),
    }),
    { params: Promise.resolve({ id }) },
  )
  const t1 = performance.now()
  const body = (await res.json()) as { status: string; signedFile: string }
  if (res.status !== 200 || body.status !== 'completed')
    throw new Error(`sign failed: ${res.status} ${JSON.stringify(body)}`)
  const file = await fileRoute(
    new Request(`${env.PUBLIC_URL}/api/files/${body.signedFile}`, { headers: { cookie } }),
    {
      params: Promise.resolve({ id: body.signedFile }),
    },
  )
  signedBytes = (await file.arrayBuffer()).byteLength
  const t2 = performance.now()
  if (i === 0) continue // warm-up: first use loads the certificate and fonts
  signMs.push(ms(t0, t1))
  readMs.push(ms(t1, t2))
}
console.log(`signed PDF: ${(signedBytes / 1024).toFixed(0)} KiB`)
console.log(`sign call → signed PDF stored and completed: ${stats(signMs)}`)
console.log(`then reading the signed PDF through /api/files: ${stats(readMs)}`)
process.exit(0)
