import { randomUUID } from 'node:crypto'

import { PDFDocument } from 'pdf-lib'
import { beforeAll, describe, expect, it } from 'vitest'

import { buildSheetRoute } from '@/features/orders/build-sheet-route'

import { accessWorld, PRINCIPALS, type TPrincipal } from '../support/access-world'
import { row } from '../support/access-table'
import { routedAs } from '../support/route-params'

/**
 * The build sheet (/api/orders/[id]/build-sheet) joins the cross-customer suite: the car's owner
 * and staff who may read the order get the PDF; everyone else, for someone else's car, gets
 * exactly what a missing id gets.
 */
const world = accessWorld()
const readable: Record<TPrincipal, string[]> = row('A B', 'A', 'A B', 'A B', 'A', '')
const VIN = 'XM9P24RS0TL000001'

const fetchSheet = routedAs('/api/orders/[id]/build-sheet', buildSheetRoute)
const get = (id: string, headers: Headers, query = '') =>
  fetchSheet(new Request(`http://localhost:3000/api/orders/${id}/build-sheet${query}`, { headers }))

async function answer(res: Response) {
  const body = res.headers.get('content-type')?.includes('json') ? await res.json() : null
  if (body) delete body.requestId
  const headers = Object.fromEntries([...res.headers].filter(([k]) => k !== 'x-request-id'))
  return { status: res.status, headers, body }
}

beforeAll(async () => {
  const { w } = world
  await w.payload.update({
    collection: 'orders',
    id: w.orderA.id,
    data: {
      vin: VIN,
      configuration: [
        { group: 'exterior', label: 'Paint', option: 'Łódź red over carbon', swatch: '#8a1c1c' },
        { group: 'options', option: 'Fitted luggage' },
      ],
    },
    overrideAccess: true, // test setup: staff configured the car
  })
})

describe('build sheet route', () => {
  it.each(PRINCIPALS)('%s: the PDF exactly where the order may be read', async (p) => {
    const { w, who } = world
    const missing = await answer(await get(randomUUID(), who[p].headers))
    expect(missing.status).toBe(404)
    expect(await answer(await get('not-a-uuid', who[p].headers))).toEqual(missing)
    for (const [name, order] of Object.entries({ A: w.orderA, B: w.orderB })) {
      const res = await get(order.id, who[p].headers)
      if (readable[p].includes(name)) {
        expect(res.status, `${p} ${name}`).toBe(200)
        expect(res.headers.get('content-type')).toBe('application/pdf')
        expect(res.headers.get('cache-control')).toBe('private, no-store')
        expect(res.headers.get('content-disposition')).toContain(
          `attachment; filename="Donkervoort-${order.orderNumber}-build-sheet.pdf"`,
        )
        const bytes = new Uint8Array(await res.arrayBuffer())
        expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe('%PDF-')
        const pdf = await PDFDocument.load(bytes)
        expect(pdf.getTitle()).toContain(order.orderNumber)
        expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1)
      } else {
        // Someone else's car answers exactly like one that does not exist.
        expect(await answer(res), `${p} ${name}`).toEqual(missing)
      }
    }
  })

  it('is written in the language asked for, else the customer’s own, and audited', async () => {
    const { w, who } = world
    const nl = await PDFDocument.load(
      await (await get(w.orderA.id, who.customerA.headers, '?locale=nl')).arrayBuffer(),
    )
    expect(nl.getTitle()).toMatch(/^Bouwblad · /)
    const de = await PDFDocument.load(
      await (await get(w.orderA.id, who.customerA.headers, '?locale=de')).arrayBuffer(),
    )
    expect(de.getTitle()).toMatch(/^Baublatt · /)
    const bad = await get(w.orderA.id, who.customerA.headers, '?locale=fr')
    expect(bad.status).toBe(400)
    expect(bad.headers.get('content-type')).toContain('application/problem+json')
    const audits = await w.payload.find({
      collection: 'audit-log',
      where: {
        and: [
          { action: { equals: 'order.build-sheet.downloaded' } },
          { targetId: { equals: w.orderA.id } },
          { actorId: { equals: w.customerA.id } },
        ],
      },
      overrideAccess: true, // test: the audit trail as stored
    })
    expect(audits.totalDocs).toBeGreaterThanOrEqual(2)
  })
})
