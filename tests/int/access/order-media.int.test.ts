import { randomUUID } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { fileRoute } from '@/features/files/file-route'
import type { TStoredFileIds } from '@/payload/private-upload'

import { accessTable, gqlNames, row } from '../support/access-table'
import { PRINCIPALS, rand, type TPrincipal } from '../support/access-world'
import { createMedia } from '../support/media'
import { routedAs } from '../support/route-params'

const media: Record<string, string> = {}
const files: Record<string, TStoredFileIds> = {}

/**
 * Photos and video of a customer's car: staff as for orders, a customer only released media of
 * their own orders (A). H is on the customer's order but not released yet; B is another
 * customer's. Uploads need their file, so a create from data alone is refused (400) for those who
 * may create and 403 for the others.
 */
const world = accessTable({
  slug: 'order-media',
  gql: gqlNames('OrderMediaItem', 'OrderMedia'),
  setup: async (w) => {
    const make = async (name: string, order: string, visibleToCustomer: boolean) => {
      const doc = await createMedia(w.payload, { order, visibleToCustomer })
      media[name] = doc.id
      files[name] = doc.storedFiles as TStoredFileIds
    }
    await make('A', w.orderA.id, true)
    await make('H', w.orderA.id, false)
    await make('B', w.orderB.id, true)
  },
  docs: () => media,
  read: row('A H B', 'A H', 'A H B', 'A H B', 'A', ''),
  update: row('A H B', 'A H', '', '', '', ''),
  delete: row('A H B', 'A H', '', '', '', ''),
  create: row('new', 'new', '', '', '', ''),
  createStatus: 400,
  patch: { field: 'alt', value: () => `alt ${rand()}` },
  newDoc: (w) => ({ order: w.orderA.id, alt: `new-${rand()}` }),
  key: 'alt',
  disposable: async (w, name) =>
    (await createMedia(w.payload, { order: name === 'B' ? w.orderB.id : w.orderA.id })).id,
})

const fetchFile = routedAs('/api/files/[id]', fileRoute)
const get = (id: string, headers: Headers, method = 'GET') =>
  fetchFile(new Request(`http://localhost:3000/api/files/${id}`, { method, headers }))

/** What a refusal looks like to the caller, minus the request id that differs per request. */
async function answer(res: Response) {
  const body = res.headers.get('content-type')?.includes('json') ? await res.json() : null
  if (body) delete body.requestId
  const headers = Object.fromEntries([...res.headers].filter(([k]) => k !== 'x-request-id'))
  return { status: res.status, headers, body }
}

describe('order-media via the file route', () => {
  const readable: Record<TPrincipal, string[]> = row('A H B', 'A H', 'A H B', 'A H B', 'A', '')

  it.each(PRINCIPALS)(
    '%s: every stored file (original and sizes) as the record allows',
    async (p) => {
      const missing = await answer(await get(randomUUID(), world.who[p].headers))
      expect(missing.status).toBe(404)
      for (const [name, ids] of Object.entries(files)) {
        expect(Object.keys(ids.sizes).sort(), name).toEqual(['large', 'thumbnail'])
        for (const id of [ids.original, ...Object.values(ids.sizes)]) {
          const res = await get(id, world.who[p].headers)
          if (readable[p].includes(name)) {
            expect(res.status, `${p} ${name}`).toBe(200)
            expect(res.headers.get('content-type')).toBe('image/jpeg')
            await res.arrayBuffer()
          } else {
            // A foreign file answers exactly like one that does not exist.
            expect(await answer(res), `${p} ${name}`).toEqual(missing)
          }
        }
      }
    },
  )

  it.each(PRINCIPALS)('%s: HEAD answers with the status and length GET would', async (p) => {
    for (const [name, ids] of Object.entries(files)) {
      const res = await get(ids.original, world.who[p].headers, 'HEAD')
      expect(res.status, name).toBe(readable[p].includes(name) ? 200 : 404)
      // Next drops a HEAD answer's body on the wire; a readable file's HEAD has none to drop.
      if (res.status === 200) {
        expect(Number(res.headers.get('content-length'))).toBeGreaterThan(0)
        expect(await res.text()).toBe('')
      }
    }
  })

  it('a released item that is withdrawn again stops loading for the customer', async () => {
    const { w, who } = world
    const doc = await createMedia(w.payload, { order: w.orderA.id, visibleToCustomer: true })
    const id = (doc.storedFiles as TStoredFileIds).original
    expect((await get(id, who.customerA.headers)).status).toBe(200)
    await w.payload.update({
      collection: 'order-media',
      id: doc.id,
      data: { visibleToCustomer: false },
      overrideAccess: true, // test setup: staff withdraw it
    })
    expect((await get(id, who.customerA.headers)).status).toBe(404)
  })
})
