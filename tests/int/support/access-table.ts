import { randomUUID } from 'node:crypto'

import type { CollectionSlug } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { TGqlNames } from './access-paths'
import { PRINCIPALS, type TCtx, type TPrincipal, accessWorld } from './access-world'

/**
 * Cross-customer access table: who may read, list, count, update, delete and create what, checked
 * through the Local API (overrideAccess: false), REST and GraphQL alike.
 *
 * A new collection joins by adding one spec file to tests/int/access/ that calls `accessTable`.
 * Reading a row: the named documents each principal may touch, in PRINCIPALS order. An empty cell
 * means the access function answers `false` (Payload: 403). A partial cell is a `Where` filter:
 * documents outside it answer 404 on read by id (the same as an id that does not exist) and 403 on
 * update/delete — Payload answers 403 for a missing id under a Where policy too, so "not yours" and
 * "not found" still look alike. The portal pages map both statuses to 404.
 */
export type TCells = Record<TPrincipal, string[]>

/** One row of the table: a cell per principal, in PRINCIPALS order; names separated by spaces. */
export function row(...cells: string[]): TCells {
  if (cells.length !== PRINCIPALS.length) throw new Error(`a row needs ${PRINCIPALS.length} cells`)
  return Object.fromEntries(
    PRINCIPALS.map((p, i) => [p, cells[i].split(' ').filter(Boolean)]),
  ) as TCells
}

/** GraphQL names of a collection: its type (also the by-id query), its list, and `count<list>`. */
export const gqlNames = (type: string, many: string): TGqlNames => ({
  type,
  one: type,
  many,
  count: `count${many}`,
})

type TVia = 'local' | 'rest' | 'graphql'

export type TSpec = {
  slug: CollectionSlug
  gql: TGqlNames
  docs: (w: TCtx) => Record<string, string>
  read: TCells
  update: TCells
  delete: TCells
  create: TCells
  /** A harmless change every allowed writer may make, checked afterwards in the database. */
  patch: { field: string; value: () => string }
  /** Data for a new document; `key` is a unique field to look it up by when the create was refused. */
  newDoc: (w: TCtx) => Record<string, unknown>
  key: string
  /** A fresh document owned like the named one, for deletes that are meant to succeed. */
  disposable?: (w: TCtx, name: string) => Promise<string>
  /**
   * Status of an update of a missing id, where a hook (not the access function) refuses writes:
   * access lets staff try, so a missing id is 404 for them.
   */
  missingUpdate?: Partial<Record<TPrincipal, number>>
  /** Paths Payload serves for the collection (default all three). */
  via?: TVia[]
  /** Documents this spec needs besides the shared world's, made once the world is built. */
  setup?: (w: TCtx) => Promise<void>
  /**
   * Status an allowed creator gets for `newDoc` when the collection cannot create it from data
   * alone (an upload collection needs its file: 400); nothing is created then either.
   */
  createStatus?: number
}

const denied = (visible: string[]) => (visible.length ? 404 : 403)

/** Checks one collection's table on every path, against a world this spec file builds. */
export function accessTable(c: TSpec) {
  const world = accessWorld()
  if (c.setup) beforeAll(() => c.setup!(world.w))

  /** The database's view, whatever any caller may see. */
  const system = (slug: CollectionSlug, id: string) =>
    world.w.payload.findByID({
      collection: slug,
      id,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      showHiddenFields: true,
    }) as Promise<Record<string, unknown> | null>

  describe(c.slug, () => {
    describe.each(c.via ?? (['local', 'rest', 'graphql'] as const))('via %s', (via) => {
      it.each(PRINCIPALS)('%s: read by id', async (p) => {
        const { w, who, paths } = world
        const path = paths[via]
        const visible = c.read[p]
        for (const [name, id] of Object.entries(c.docs(w))) {
          const r = await path.findByID(c.slug, c.gql, id, who[p])
          expect(r, name).toEqual(
            visible.includes(name) ? { status: 200, id } : { status: denied(visible) },
          )
        }
        // "Not found" and "not yours" answer the same.
        expect(await path.findByID(c.slug, c.gql, randomUUID(), who[p])).toEqual({
          status: denied(visible),
        })
      })

      it.each(PRINCIPALS)('%s: list and count show exactly the visible documents', async (p) => {
        const { w, who, paths } = world
        const path = paths[via]
        const docs = c.docs(w)
        const visible = c.read[p]
        const expected = visible.map((name) => docs[name]).sort()
        const ids = Object.values(docs)
        const list = await path.find(c.slug, c.gql, ids, who[p])
        const count = await path.count(c.slug, c.gql, ids, who[p])
        if (visible.length === 0) {
          expect(list).toEqual({ status: 403 })
          expect(count).toEqual({ status: 403 })
        } else {
          expect(list).toEqual({ status: 200, ids: expected, total: expected.length })
          expect(count).toEqual({ status: 200, total: expected.length })
        }
      })

      it.each(PRINCIPALS)('%s: update', async (p) => {
        const { w, who, paths } = world
        const path = paths[via]
        const allowed = c.update[p]
        for (const [name, id] of Object.entries(c.docs(w))) {
          const before = (await system(c.slug, id))![c.patch.field]
          const value = c.patch.value()
          const r = await path.update(c.slug, c.gql, id, { [c.patch.field]: value }, who[p])
          const after = (await system(c.slug, id))![c.patch.field]
          if (allowed.includes(name)) {
            expect(r, name).toEqual({ status: 200, id })
            expect(after, name).toBe(value)
          } else {
            expect(r, name).toEqual({ status: 403 })
            expect(after, name).toEqual(before)
          }
        }
        // Under a Where policy Payload answers 403 for a missing id too; only `true` access sees 404.
        const missing = await path.update(
          c.slug,
          c.gql,
          randomUUID(),
          { [c.patch.field]: c.patch.value() },
          who[p],
        )
        expect(missing.status).toBe(
          c.missingUpdate?.[p] ?? (allowed.length === Object.keys(c.docs(w)).length ? 404 : 403),
        )
      })

      it.each(PRINCIPALS)('%s: delete', async (p) => {
        const { w, who, paths } = world
        const path = paths[via]
        for (const [name, id] of Object.entries(c.docs(w))) {
          if (c.delete[p].includes(name)) {
            const target = await c.disposable!(w, name)
            expect(await path.delete(c.slug, c.gql, target, who[p]), name).toEqual({
              status: 200,
              id: target,
            })
            expect(await system(c.slug, target), name).toBeNull()
          } else {
            expect(await path.delete(c.slug, c.gql, id, who[p]), name).toEqual({ status: 403 })
            expect((await system(c.slug, id))?.id, name).toBe(id)
          }
        }
      })

      it.each(PRINCIPALS)('%s: create', async (p) => {
        const { w, who, paths } = world
        const data = c.newDoc(w)
        const r = await paths[via].create(c.slug, c.gql, data, who[p])
        const found = await w.payload.find({
          collection: c.slug,
          where: { [c.key]: { equals: data[c.key] } },
          overrideAccess: true,
          depth: 0,
        })
        if (c.create[p].length && c.createStatus) {
          expect(r.status).toBe(c.createStatus)
          expect(found.totalDocs).toBe(0)
        } else if (c.create[p].length) {
          expect(r.status).toBe(200)
          expect(found.docs.map((d) => String(d.id))).toEqual([r.id])
        } else {
          expect(r).toEqual({ status: 403 })
          expect(found.totalDocs).toBe(0)
        }
      })
    })
  })
  return world
}
