import { randomUUID } from 'node:crypto'

import { beforeAll, describe, expect, it } from 'vitest'

import { fileRoute } from '@/features/files/file-route'
import { fileReadsOf } from '@/lib/documents/access-history'
import type { TStoredFileIds } from '@/payload/private-upload'
import { simplePdf } from '@/seed/pdf'

import { pool } from './support/audit'
import { createInvoice, documentTypes, documentWithVersions } from './support/documents'
import { rest, restHandlers } from './support/http'
import { customerHeaders, staffHeaders } from './support/identity'
import { multipart } from './support/media'
import { routedAs } from './support/route-params'
import { buildWorld, type TWorld } from './support/world'

const fetchFile = routedAs('/api/files/[id]', fileRoute)
const get = (id: string, headers: Headers, query = '') =>
  fetchFile(new Request(`http://localhost:3000/api/files/${id}${query}`, { headers }))
const original = (doc: { storedFiles?: unknown }) => (doc.storedFiles as TStoredFileIds).original
const yearsAgo = (n: number, days = 0) => {
  const d = new Date()
  d.setUTCFullYear(d.getUTCFullYear() - n)
  d.setUTCDate(d.getUTCDate() - days)
  return d.toISOString()
}

let w: TWorld
let types: Awaited<ReturnType<typeof documentTypes>>
const headers = {} as Record<'admin' | 'finance' | 'marketing' | 'customerA' | 'customerB', Headers>

beforeAll(async () => {
  w = await buildWorld()
  types = await documentTypes(w.payload)
  const [admin, finance, marketing, customerA, customerB] = await Promise.all([
    staffHeaders(w.payload, w.admin),
    staffHeaders(w.payload, w.finance),
    staffHeaders(w.payload, w.marketing),
    customerHeaders(w.payload, w.customerA),
    customerHeaders(w.payload, w.customerB),
  ])
  Object.assign(headers, { admin, finance, marketing, customerA, customerB })
})

describe('document versions', () => {
  it('numbers versions, keeps earlier ones and makes the newest current', async () => {
    const { doc, versions } = await documentWithVersions(w.payload, {
      customer: w.customerA.id,
      type: types['specification-sheet'].id,
      versions: 3,
    })
    const { docs } = await w.payload.find({
      collection: 'document-versions',
      where: { document: { equals: doc.id } },
      sort: 'version',
      overrideAccess: true,
    })
    expect(docs.map((v) => [v.version, v.isCurrent])).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ])
    // Specification sheets show their history: the customer reads every version's file.
    for (const v of versions) expect((await get(original(v), headers.customerA)).status).toBe(200)
  })

  it('hides earlier versions from the customer where the type keeps history to staff', async () => {
    const { versions } = await documentWithVersions(w.payload, {
      customer: w.customerA.id,
      type: types['sales-contract'].id,
      versions: 2,
    })
    const missing = await get(randomUUID(), headers.customerA)
    const old = await get(original(versions[0]), headers.customerA)
    expect(old.status).toBe(404)
    expect(await old.json()).toMatchObject({ status: 404, code: (await missing.json()).code })
    expect((await get(original(versions[1]), headers.customerA)).status).toBe(200)
    expect((await get(original(versions[0]), headers.admin)).status).toBe(200)
  })

  it('a stored version keeps its file: replacing it is refused, a new version is the way', async () => {
    const { versions } = await documentWithVersions(w.payload, {
      customer: w.customerA.id,
      type: types.other.id,
    })
    const body = multipart(
      {
        data: await simplePdf({ title: 'Replaced' }),
        name: 'replaced.pdf',
        type: 'application/pdf',
      },
      { note: 'replace' },
    )
    const req = new Request(`http://localhost:3000/api/document-versions/${versions[0].id}`, {
      method: 'PATCH',
      headers: headers.admin,
      body,
    })
    const res = await restHandlers.PATCH(req, {
      params: Promise.resolve({ slug: ['document-versions', versions[0].id] }),
    })
    expect(res.status).toBe(400)
    expect((await get(original(versions[0]), headers.admin)).status).toBe(200)
  })

  it('refuses a car of another customer', async () => {
    const r = await rest('POST', 'documents', headers.admin, {
      customer: w.customerA.id,
      order: w.orderB.id,
      type: types.other.id,
      title: 'Wrong car',
    })
    expect(r.status).toBe(400)
  })
})

describe('document files through the file route', () => {
  it('frames only document PDFs, only for our own pages, and inline only', async () => {
    const { versions } = await documentWithVersions(w.payload, {
      customer: w.customerA.id,
      type: types.other.id,
    })
    const inline = await get(original(versions[0]), headers.customerA)
    expect(inline.headers.get('content-type')).toBe('application/pdf')
    expect(inline.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(inline.headers.get('content-security-policy')).toBe(
      "default-src 'none'; frame-ancestors 'self'",
    )
    const download = await get(original(versions[0]), headers.customerA, '?download=1')
    expect(download.headers.get('content-disposition')).toMatch(/^attachment/)
    expect(download.headers.get('x-frame-options')).toBe('DENY')
    expect(download.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
  })

  it('foreign documents and invoices answer like missing ones; marketing reads none', async () => {
    const { versions } = await documentWithVersions(w.payload, {
      customer: w.customerA.id,
      type: types.other.id,
    })
    const invoice = await createInvoice(w.payload, {
      customer: w.customerA.id,
      type: types.invoice.id,
    })
    const missing = await get(randomUUID(), headers.customerB)
    const missingBody = await missing.json()
    delete missingBody.requestId
    for (const id of [original(versions[0]), original(invoice)]) {
      for (const who of [headers.customerB, headers.marketing]) {
        const r = await get(id, who)
        const body = await r.json()
        delete body.requestId
        expect({ status: r.status, body }).toEqual({ status: 404, body: missingBody })
      }
    }
    expect((await get(original(invoice), headers.finance)).status).toBe(200)
    expect((await get(original(versions[0]), headers.finance)).status).toBe(404)
  })

  it('records every view and download (who, which version, IP) and shows it as access history', async () => {
    const { doc, versions } = await documentWithVersions(w.payload, {
      customer: w.customerA.id,
      type: types['specification-sheet'].id,
      versions: 2,
    })
    const h = new Headers(headers.customerA)
    h.set('x-forwarded-for', '203.0.113.9')
    await (await get(original(versions[1]), h)).arrayBuffer()
    await (await get(original(versions[0]), h, '?download=1')).arrayBuffer()
    const reads = await fileReadsOf({
      payload: w.payload,
      target: { collection: 'documents', id: doc.id },
    })
    expect(reads.map((r) => [r.action, r.actorId, r.version])).toEqual([
      ['file.downloaded', w.customerA.id, 1],
      ['file.viewed', w.customerA.id, 2],
    ])
    for (const r of reads) expect(r.at).toMatch(/^\d{4}-/)
  })
})

describe('invoice retention', () => {
  it('refuses deleting an invoice younger than seven years through every API, even for admins', async () => {
    const invoice = await createInvoice(w.payload, {
      customer: w.customerA.id,
      type: types.invoice.id,
      issueDate: yearsAgo(6, 360),
    })
    for (const who of [headers.admin, headers.finance])
      expect((await rest('DELETE', `invoices/${invoice.id}`, who)).status).toBe(403)
    await expect(
      w.payload.delete({
        collection: 'invoices',
        id: invoice.id,
        user: { ...w.admin, collection: 'staff', _secondFactor: 'verified' },
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    const still = await w.payload.findByID({
      collection: 'invoices',
      id: invoice.id,
      overrideAccess: true,
      disableErrors: true,
    })
    expect(still?.id).toBe(invoice.id)
  })

  it('the database itself refuses deleting a young invoice, or moving its issue date', async () => {
    const invoice = await createInvoice(w.payload, {
      customer: w.customerA.id,
      type: types.invoice.id,
    })
    // Even system code that skips access control cannot delete it.
    await expect(
      w.payload.delete({ collection: 'invoices', id: invoice.id, overrideAccess: true }),
    ).rejects.toThrow()
    await expect(
      pool(w.payload).query('delete from invoices where id = $1', [invoice.id]),
    ).rejects.toThrow(/kept until/)
    await expect(
      pool(w.payload).query(
        `update invoices set issue_date = now() - interval '8 years' where id = $1`,
        [invoice.id],
      ),
    ).rejects.toThrow(/cannot change/)
    await expect(pool(w.payload).query('truncate invoices cascade')).rejects.toThrow(/kept/)
    const { rows } = await pool(w.payload).query('select id from invoices where id = $1', [
      invoice.id,
    ])
    expect(rows).toHaveLength(1)
  })

  it('an invoice past seven years may be deleted by finance', async () => {
    const invoice = await createInvoice(w.payload, {
      customer: w.customerA.id,
      type: types.invoice.id,
      issueDate: yearsAgo(7, 2),
    })
    const r = await rest('DELETE', `invoices/${invoice.id}`, headers.finance)
    expect(r.status).toBe(200)
    const { rows } = await pool(w.payload).query('select id from invoices where id = $1', [
      invoice.id,
    ])
    expect(rows).toHaveLength(0)
  })
})
