import { beforeAll, describe, expect, it } from 'vitest'

import { createCustomer } from '@/seed/factories'

import { rest } from './support/http'
import { customerHeaders, staffHeaders, staffPasswordSignIn } from './support/identity'
import { buildWorld, type TWorld } from './support/world'

/**
 * Payload's own per-user collections, staff × other staff: admin preferences through Payload's
 * per-key endpoints (which write to the database directly, past the collection's access rules),
 * and edit locks, which only Payload's admin makes and a staff member may only take over.
 */
let w: TWorld
let h: Record<'admin' | 'managerA' | 'managerB' | 'customerA' | 'pending', Headers>
const anonymous = new Headers()

const prefs = (key: string) =>
  w.payload.find({
    collection: 'payload-preferences',
    where: { key: { equals: key } },
    overrideAccess: true, // test: the database's view
    depth: 0,
  })

const lockRow = (id: string) =>
  w.payload.findByID({
    collection: 'payload-locked-documents',
    id,
    depth: 0,
    overrideAccess: true, // test: the database's view
    disableErrors: true,
  }) as Promise<{ user: { value: string }; document: { value: string } } | null>

/** A lock as Payload's admin writes it when a staff member opens a document. */
const lock = async (holder: { id: string }, customer: string) =>
  String(
    (
      await w.payload.db.create({
        collection: 'payload-locked-documents',
        data: {
          document: { relationTo: 'customers', value: customer },
          user: { relationTo: 'staff', value: holder.id },
        },
      })
    ).id,
  )

beforeAll(async () => {
  w = await buildWorld()
  h = {
    admin: await staffHeaders(w.payload, w.admin),
    managerA: await staffHeaders(w.payload, w.managerA),
    managerB: await staffHeaders(w.payload, w.managerB),
    customerA: await customerHeaders(w.payload, w.customerA),
    pending: (await staffPasswordSignIn(w.payload, w.marketing)).headers,
  }
})

describe('admin preferences', () => {
  const key = `columns-${Date.now()}`

  beforeAll(async () => {
    const r = await rest('POST', `payload-preferences/${key}`, h.managerA, { value: { a: 1 } })
    expect(r.status).toBe(200)
  })

  it('a colleague neither finds nor reads them', async () => {
    const list = await rest('GET', `payload-preferences?where[key][equals]=${key}`, h.managerB)
    expect(list.status).toBe(200)
    expect(list.json.totalDocs).toBe(0)
    const own = await rest('GET', `payload-preferences/${key}`, h.managerB)
    expect(JSON.stringify(own.json)).not.toContain('"a":1')
    const admin = await rest('GET', `payload-preferences?where[key][equals]=${key}`, h.admin)
    expect(admin.json.totalDocs).toBe(0)
    const mine = await rest('GET', `payload-preferences/${key}`, h.managerA)
    expect((mine.json as { value?: unknown }).value).toEqual({ a: 1 })
  })

  it('a colleague cannot overwrite or take them over', async () => {
    const [row] = (await prefs(key)).docs
    const r = await rest('PATCH', `payload-preferences/${row!.id}`, h.managerB, {
      value: { b: 2 },
    })
    expect(r.status).toBe(403)
    const [after] = (await prefs(key)).docs
    expect(after!.value).toEqual({ a: 1 })
    expect((after!.user as { value: string }).value).toBe(w.managerA.id)
  })

  it('a colleague cannot delete them, by id or by key', async () => {
    const [row] = (await prefs(key)).docs
    const byId = await rest(
      'DELETE',
      `payload-preferences?where[id][equals]=${row!.id}`,
      h.managerB,
    )
    const byKey = await rest('DELETE', `payload-preferences/${key}`, h.managerB)
    expect([byId.status, byKey.status]).toEqual([200, 200])
    expect(byKey.json.deleted).toBe(0)
    expect((await prefs(key)).totalDocs).toBe(1)
  })

  it('the owner deletes their own by key', async () => {
    const k = `own-${Date.now()}`
    await rest('POST', `payload-preferences/${k}`, h.managerA, { value: { z: 1 } })
    const r = await rest('DELETE', `payload-preferences/${k}`, h.managerA)
    expect([r.status, r.json.deleted]).toEqual([200, 1])
    expect((await prefs(k)).totalDocs).toBe(0)
  })

  it.each(['customerA', 'pending', 'anonymous'] as const)(
    '%s cannot write a row through the per-key endpoint',
    async (who) => {
      const k = `forged-${who}-${Date.now()}`
      const r = await rest(
        'POST',
        `payload-preferences/${k}`,
        who === 'anonymous' ? anonymous : h[who],
        {
          value: { x: 1 },
        },
      )
      expect(r.status).toBe(who === 'anonymous' ? 401 : 403)
      expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/)
      expect((await prefs(k)).totalDocs).toBe(0)
    },
  )

  it.each(['customerA', 'pending'] as const)('%s reads none of them', async (who) => {
    expect((await rest('GET', `payload-preferences/${key}`, h[who])).status).toBe(403)
    expect((await rest('GET', 'payload-preferences', h[who])).status).toBe(403)
  })
})

describe('edit locks', () => {
  let ownCustomer: string
  let colleaguesCustomer: string

  beforeAll(async () => {
    ownCustomer = (await createCustomer(w.payload, { accountManager: w.managerA.id })).id
    colleaguesCustomer = (await createCustomer(w.payload, { accountManager: w.managerB.id })).id
  })

  it.each([
    ['in a colleague’s name', () => w.managerB.id, () => colleaguesCustomer],
    ['in their own name', () => w.managerA.id, () => ownCustomer],
  ])('cannot be made through the API %s', async (_label, user, doc) => {
    const r = await rest('POST', 'payload-locked-documents', h.managerA, {
      document: { relationTo: 'customers', value: doc() },
      user: { relationTo: 'staff', value: user() },
    })
    expect(r.status).toBe(403)
    const found = await w.payload.find({
      collection: 'payload-locked-documents',
      where: { 'document.value': { equals: doc() } },
      overrideAccess: true, // test: the database's view
    })
    expect(found.totalDocs).toBe(0)
  })

  it('can be taken over on a document the caller may edit', async () => {
    const id = await lock(w.admin, ownCustomer)
    const r = await rest('PATCH', `payload-locked-documents/${id}`, h.managerA, {
      user: { relationTo: 'staff', value: w.managerA.id },
    })
    expect(r.status).toBe(200)
    expect((await lockRow(id))!.user.value).toBe(w.managerA.id)
  })

  it('cannot be taken over on a colleague’s customer', async () => {
    const id = await lock(w.managerB, colleaguesCustomer)
    const r = await rest('PATCH', `payload-locked-documents/${id}`, h.managerA, {
      user: { relationTo: 'staff', value: w.managerA.id },
    })
    expect(r.status).toBe(403)
    expect((await lockRow(id))!.user.value).toBe(w.managerB.id)
  })

  it('cannot be handed to a colleague or moved to another document', async () => {
    const id = await lock(w.managerA, ownCustomer)
    const handed = await rest('PATCH', `payload-locked-documents/${id}`, h.managerA, {
      user: { relationTo: 'staff', value: w.managerB.id },
    })
    const moved = await rest('PATCH', `payload-locked-documents/${id}`, h.managerA, {
      document: { relationTo: 'customers', value: colleaguesCustomer },
    })
    expect([handed.status, moved.status]).toEqual([403, 403])
    const row = (await lockRow(id))!
    expect([row.user.value, row.document.value]).toEqual([w.managerA.id, ownCustomer])
  })

  it('of a colleague cannot be removed', async () => {
    const id = await lock(w.managerB, colleaguesCustomer)
    const r = await rest('DELETE', `payload-locked-documents/${id}`, h.managerA)
    expect(r.status).toBe(403)
    expect(await lockRow(id)).not.toBeNull()
  })
})

describe('migrations', () => {
  it.each(['admin', 'customerA'] as const)('are not served over REST (%s)', async (who) => {
    const r = await rest('GET', 'payload-migrations', h[who])
    expect(r.status).toBe(404)
    expect(r.json.code).toBe('NOT_FOUND')
  })
})
