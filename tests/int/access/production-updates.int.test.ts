import { describe, expect, it } from 'vitest'

import { fileRoute } from '@/features/files/file-route'
import type { TStoredFileIds } from '@/payload/private-upload'
import { createProductionUpdate } from '@/seed/timeline-factories'

import { rest } from '../support/http'
import { accessTable, gqlNames, row } from '../support/access-table'
import { rand } from '../support/access-world'
import { createMedia } from '../support/media'
import { routedAs } from '../support/route-params'

const docs: Record<string, string> = {}
const files: Record<string, string> = {}

/**
 * Production updates: staff as for orders, drafts included. A customer reads only the published
 * update of their own car (A): the draft D and the scheduled S do not exist for them, not even by
 * id; B is another customer's.
 */
const world = accessTable({
  slug: 'production-updates',
  gql: gqlNames('ProductionUpdate', 'ProductionUpdates'),
  setup: async (w) => {
    const photo = async (name: string, order: string) => {
      const m = await createMedia(w.payload, { order })
      files[name] = (m.storedFiles as TStoredFileIds).original
      return m.id
    }
    docs.A = (
      await createProductionUpdate(w.payload, {
        order: w.orderA.id,
        gallery: [await photo('A', w.orderA.id)],
      })
    ).id
    docs.D = (
      await createProductionUpdate(w.payload, {
        order: w.orderA.id,
        status: 'draft',
        gallery: [await photo('D', w.orderA.id)],
      })
    ).id
    docs.S = (
      await createProductionUpdate(w.payload, {
        order: w.orderA.id,
        status: 'draft',
        gallery: [await photo('S', w.orderA.id)],
      })
    ).id
    await w.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'production-updates', value: docs.S } },
      waitUntil: new Date(Date.now() + 86_400_000),
      queue: 'access-matrix',
    })
    docs.B = (
      await createProductionUpdate(w.payload, {
        order: w.orderB.id,
        gallery: [await photo('B', w.orderB.id)],
      })
    ).id
  },
  docs: () => docs,
  read: row('A D S B', 'A D S', 'A D S B', 'A D S B', 'A', ''),
  update: row('A D S B', 'A D S', '', '', '', ''),
  delete: row('A D S B', 'A D S', '', '', '', ''),
  create: row('new', 'new', '', '', '', ''),
  patch: { field: 'title', value: () => `title ${rand()}` },
  newDoc: (w) => ({ order: w.orderA.id, title: `new-${rand()}` }),
  key: 'title',
  disposable: async (w, name) =>
    (await createProductionUpdate(w.payload, { order: name === 'B' ? w.orderB.id : w.orderA.id }))
      .id,
})

const fetchFile = routedAs('/api/files/[id]', fileRoute)
const getFile = (id: string, headers: Headers) =>
  fetchFile(new Request(`http://localhost:3000/api/files/${id}`, { headers }))

describe('production-updates: drafts stay private', () => {
  it('a customer cannot reach a draft through draft=true or the versions API', async () => {
    const h = world.who.customerA.headers
    for (const id of [docs.D, docs.S]) {
      const r = await rest('GET', `production-updates/${id}?draft=true`, h)
      expect(r.status, id).toBe(404)
    }
    const list = await rest('GET', 'production-updates?draft=true&limit=100', h)
    const ids = (list.json.docs as { id: string }[]).map((d) => d.id)
    expect(ids).toContain(docs.A)
    expect(ids).not.toContain(docs.D)
    expect(ids).not.toContain(docs.S)
    const versions = await rest('GET', 'production-updates/versions', h)
    expect(versions.status).toBe(403)
  })

  it('photos of a draft or scheduled update are 404 for the customer until it is published', async () => {
    const { w, who } = world
    const h = who.customerA.headers
    expect((await getFile(files.A, h)).status).toBe(200)
    expect((await getFile(files.D, h)).status).toBe(404)
    expect((await getFile(files.S, h)).status).toBe(404)
    expect((await getFile(files.B, h)).status).toBe(404)
    expect((await getFile(files.D, who.managerA.headers)).status).toBe(200)
    await w.payload.update({
      collection: 'production-updates',
      id: docs.D,
      data: { _status: 'published' },
      overrideAccess: true, // test: staff publish it
      context: { seed: true },
    })
    expect((await getFile(files.D, h)).status).toBe(200)
    // Unpublished again: the photo is withdrawn with it.
    await w.payload.update({
      collection: 'production-updates',
      id: docs.D,
      data: { _status: 'draft' },
      overrideAccess: true, // test: staff unpublish it
    })
    expect((await getFile(files.D, h)).status).toBe(404)
  })
})
