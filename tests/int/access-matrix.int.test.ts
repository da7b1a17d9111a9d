import { randomBytes, randomUUID } from 'node:crypto'

import type { CollectionSlug } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { issueAccountToken } from '@/lib/auth/account-links/account-tokens'
import { recordAudit } from '@/lib/audit/record-audit'
import { createCustomer, createOrder, createStaff, uniqueEmail } from '@/seed/factories'

import {
  graphqlPath,
  localPath,
  restPath,
  type TGqlNames,
  type TPath,
  type TWho,
} from './support/access-paths'
import { testAction } from './support/audit'
import {
  asCustomer,
  asStaff,
  buildWorld,
  customerHeaders,
  PASSWORD,
  staffHeaders,
  type TWorld,
} from './support/world'

/**
 * Cross-customer access matrix: who may read, list, count, update, delete and create what, checked
 * through the Local API (overrideAccess: false), REST and GraphQL alike.
 *
 * A new collection joins by adding one entry to COLLECTIONS. Reading a row: the named documents each
 * principal may touch, in PRINCIPALS order. An empty cell means the access function answers `false`
 * (Payload: 403). A partial cell is a `Where` filter: documents outside it answer 404 on read by id
 * (the same as an id that does not exist) and 403 on update/delete — Payload answers 403 for a
 * missing id under a Where policy too, so "not yours" and "not found" still look alike.
 * The portal pages map both statuses to 404.
 */
const PRINCIPALS = ['admin', 'managerA', 'marketing', 'finance', 'customerA', 'anonymous'] as const
type TPrincipal = (typeof PRINCIPALS)[number]
type TCells = Record<TPrincipal, string[]>

/** One row of the table: a cell per principal, in PRINCIPALS order; names separated by spaces. */
function row(...cells: string[]): TCells {
  if (cells.length !== PRINCIPALS.length) throw new Error(`a row needs ${PRINCIPALS.length} cells`)
  return Object.fromEntries(
    PRINCIPALS.map((p, i) => [p, cells[i].split(' ').filter(Boolean)]),
  ) as TCells
}

type TCtx = TWorld & {
  sessions: Record<string, string>
  tokens: Record<string, string>
  jobs: Record<string, string>
  audits: Record<string, string>
  passkeys: Record<string, string>
  identities: Record<string, string>
  factorChecks: Record<string, string>
  buckets: Record<string, string>
  preferences: Record<string, string>
  locks: Record<string, string>
  migrations: Record<string, string>
  kv: Record<string, string>
  /** Customers nobody edits in this file: an edit lock on them never stands in another test's way. */
  lockTargets: { A: string; B: string }
}

type TSpec = {
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
}

type TVia = 'local' | 'rest' | 'graphql'

const rand = () => randomBytes(6).toString('hex')
const later = () => new Date(Date.now() + 3600_000).toISOString()
const JOB_QUEUE = 'access-matrix' // never run by anyone, so these jobs stay put during the suite

const queueJob = async (w: TCtx, customerId: string) =>
  String(
    (
      await w.payload.jobs.queue({
        task: 'sendAccountEmail',
        input: { customerId, purpose: 'password-reset' },
        queue: JOB_QUEUE,
      })
    ).id,
  )

/** Staff members by their short name in the rows of Payload's per-user collections below. */
const OWNERS = {
  AD: 'admin',
  MA: 'managerA',
  MB: 'managerB',
  MK: 'marketing',
  FI: 'finance',
} as const
const ownerOf = (w: TCtx, name: string) => w[OWNERS[name as keyof typeof OWNERS]]

/** Admin preferences as Payload's admin stores them (its endpoint writes to the database directly). */
const preference = async (w: TCtx, owner: string) =>
  String(
    (
      await w.payload.db.create({
        collection: 'payload-preferences',
        data: {
          key: `matrix-${rand()}`,
          value: { columns: [] },
          user: { relationTo: 'staff', value: ownerOf(w, owner).id },
        },
      })
    ).id,
  )

/** An edit lock as Payload's admin makes it when someone opens a document (also straight to the database). */
const lock = async (w: TCtx, owner: string, document = w.lockTargets.A) =>
  String(
    (
      await w.payload.db.create({
        collection: 'payload-locked-documents',
        data: {
          document: { relationTo: 'customers', value: document },
          user: { relationTo: 'staff', value: ownerOf(w, owner).id },
        },
      })
    ).id,
  )

const COLLECTIONS: TSpec[] = [
  {
    slug: 'customers',
    gql: { type: 'Customer', one: 'Customer', many: 'Customers', count: 'countCustomers' },
    docs: (w) => ({ A: w.customerA.id, B: w.customerB.id }),
    //        admin  managerA marketing finance customerA anonymous
    read: row('A B', 'A', 'A B', 'A B', 'A', ''),
    update: row('A B', 'A', '', '', 'A', ''),
    delete: row('A B', '', '', '', '', ''),
    create: row('new', 'new', '', '', '', ''),
    patch: { field: 'phone', value: () => `+31 ${rand()}` },
    // GraphQL's input type marks fields with defaults as required, so every path sends them.
    newDoc: () => ({
      email: uniqueEmail('matrix'),
      firstName: 'New',
      lastName: 'Customer',
      preferredLocale: 'en',
      status: 'invited',
    }),
    key: 'email',
    disposable: async (w, name) =>
      (
        await createCustomer(w.payload, {
          accountManager: name === 'A' ? w.managerA.id : w.managerB.id,
        })
      ).id,
  },
  {
    slug: 'orders',
    gql: { type: 'Order', one: 'Order', many: 'Orders', count: 'countOrders' },
    docs: (w) => ({ A: w.orderA.id, B: w.orderB.id }),
    read: row('A B', 'A', 'A B', 'A B', 'A', ''),
    update: row('A B', 'A', '', '', '', ''),
    delete: row('A B', '', '', '', '', ''),
    create: row('new', 'new', '', '', '', ''),
    patch: { field: 'internalNotes', value: () => `note ${rand()}` },
    // 'f22' and 'design' are spelled the same as GraphQL enum values and as REST/Local values.
    newDoc: (w) => ({
      orderNumber: `M-${rand()}`,
      orderDate: new Date().toISOString(),
      customer: w.customerA.id,
      model: 'f22',
      stage: 'design',
    }),
    key: 'orderNumber',
    disposable: async (w, name) =>
      (await createOrder(w.payload, { customer: name === 'A' ? w.customerA.id : w.customerB.id }))
        .id,
  },
  {
    slug: 'staff',
    gql: { type: 'Staff', one: 'Staff', many: 'allStaff', count: 'countallStaff' },
    docs: (w) => ({
      admin: w.admin.id,
      managerA: w.managerA.id,
      managerB: w.managerB.id,
      marketing: w.marketing.id,
      finance: w.finance.id,
    }),
    read: row(...Array(4).fill('admin managerA managerB marketing finance'), 'managerA', ''),
    update: row(
      'admin managerA managerB marketing finance',
      'managerA',
      'marketing',
      'finance',
      '',
      '',
    ),
    delete: row('admin managerA managerB marketing finance', '', '', '', '', ''),
    create: row('new', '', '', '', '', ''),
    patch: { field: 'phone', value: () => `+31 ${rand()}` },
    newDoc: () => ({
      email: uniqueEmail('matrix-staff'),
      name: 'New Staff',
      password: PASSWORD,
      role: 'marketing',
    }),
    key: 'email',
    disposable: async (w, name) =>
      (
        await createStaff(w.payload, {
          role: name.startsWith('manager') ? 'account-manager' : (name as 'admin'),
          password: PASSWORD,
        })
      ).id,
  },
  {
    slug: 'customer-sessions',
    gql: {
      type: 'CustomerSession',
      one: 'CustomerSession',
      many: 'CustomerSessions',
      count: 'countCustomerSessions',
    },
    docs: (w) => w.sessions,
    read: row('A B', '', '', '', 'A', ''),
    update: row('', '', '', '', '', ''),
    delete: row('', '', '', '', '', ''),
    create: row('', '', '', '', '', ''),
    patch: { field: 'userAgent', value: () => `agent ${rand()}` },
    newDoc: (w) => ({
      customer: w.customerA.id,
      tokenHash: rand(),
      expiresAt: later(),
      lastSeenAt: new Date().toISOString(),
      userAgent: `matrix ${rand()}`,
    }),
    key: 'userAgent',
  },
  {
    slug: 'account-tokens',
    gql: {
      type: 'AccountToken',
      one: 'AccountToken',
      many: 'AccountTokens',
      count: 'countAccountTokens',
    },
    docs: (w) => w.tokens,
    read: row('', '', '', '', '', ''),
    update: row('', '', '', '', '', ''),
    delete: row('', '', '', '', '', ''),
    create: row('', '', '', '', '', ''),
    patch: { field: 'usedAt', value: () => new Date().toISOString() },
    newDoc: (w) => ({
      purpose: 'invitation',
      customer: w.customerA.id,
      tokenHash: rand(),
      expiresAt: later(),
    }),
    key: 'tokenHash',
  },
  {
    slug: 'payload-jobs',
    gql: { type: 'PayloadJob', one: 'PayloadJob', many: 'PayloadJobs', count: 'countPayloadJobs' },
    docs: (w) => w.jobs,
    read: row('A B', '', '', '', '', ''),
    update: row('', '', '', '', '', ''),
    delete: row('A B', '', '', '', '', ''),
    create: row('', '', '', '', '', ''),
    patch: { field: 'queue', value: () => `queue-${rand()}` },
    newDoc: (w) => ({
      taskSlug: 'sendAccountEmail',
      input: { customerId: w.customerA.id, purpose: 'invitation' },
      queue: `matrix-${rand()}`,
    }),
    key: 'queue',
    disposable: (w, name) => queueJob(w, name === 'A' ? w.customerA.id : w.customerB.id),
  },
  {
    // Append-only: readable by admins and finance, writable by nobody (only recordAudit writes).
    slug: 'audit-log',
    gql: { type: 'AuditLog', one: 'AuditLog', many: 'AuditLogs', count: 'countAuditLogs' },
    docs: (w) => w.audits,
    read: row('A B', '', '', 'A B', '', ''),
    update: row('', '', '', '', '', ''),
    delete: row('', '', '', '', '', ''),
    create: row('', '', '', '', '', ''),
    patch: { field: 'actorLabel', value: () => `forged-${rand()}` },
    newDoc: () => ({
      seq: 1e12 + Math.floor(Math.random() * 1e9),
      createdAt: new Date().toISOString(),
      actorType: 'system',
      action: `matrix.${rand()}`,
      outcome: 'success',
      prevHash: rand(),
      hash: rand(),
    }),
    key: 'action',
  },
  {
    // Own passkeys for customers and staff; every passkey for account admins; no API writes.
    slug: 'passkeys',
    gql: { type: 'Passkey', one: 'Passkey', many: 'Passkeys', count: 'countPasskeys' },
    docs: (w) => w.passkeys,
    read: row('A B MA MK FI', 'MA', 'MK', 'FI', 'A', ''),
    update: row('', '', '', '', '', ''),
    delete: row('', '', '', '', '', ''),
    create: row('', '', '', '', '', ''),
    patch: { field: 'name', value: () => `renamed ${rand()}` },
    newDoc: (w) => ({
      name: `matrix ${rand()}`,
      customer: w.customerA.id,
      credentialId: rand(),
      publicKey: rand(),
      counter: 0,
    }),
    key: 'name',
  },
  {
    // Single sign-on links: same shape as passkeys.
    slug: 'identities',
    gql: { type: 'Identity', one: 'Identity', many: 'Identities', count: 'countIdentities' },
    docs: (w) => w.identities,
    read: row('A B MA MK FI', 'MA', 'MK', 'FI', 'A', ''),
    update: row('', '', '', '', '', ''),
    delete: row('', '', '', '', '', ''),
    create: row('', '', '', '', '', ''),
    patch: { field: 'emailAtLink', value: () => uniqueEmail('forged') },
    newDoc: (w) => ({
      providerId: 'matrix',
      issuer: 'https://idp.example',
      subject: `matrix-${rand()}`,
      customer: w.customerA.id,
    }),
    key: 'subject',
  },
  {
    // Which staff sessions passed a second factor: system-only, invisible to everyone.
    slug: 'staff-factor-checks',
    gql: {
      type: 'StaffFactorCheck',
      one: 'StaffFactorCheck',
      many: 'StaffFactorChecks',
      count: 'countStaffFactorChecks',
    },
    docs: (w) => w.factorChecks,
    read: row('', '', '', '', '', ''),
    update: row('', '', '', '', '', ''),
    delete: row('', '', '', '', '', ''),
    create: row('', '', '', '', '', ''),
    patch: { field: 'sid', value: () => `forged-${rand()}` },
    newDoc: (w) => ({
      staff: w.marketing.id,
      sid: `matrix-${rand()}`,
      verifiedAt: new Date().toISOString(),
      method: 'totp',
    }),
    key: 'sid',
  },
  {
    // Rate-limit counters: system-only, invisible to everyone.
    slug: 'rate-limit-buckets',
    gql: {
      type: 'RateLimitBucket',
      one: 'RateLimitBucket',
      many: 'RateLimitBuckets',
      count: 'countRateLimitBuckets',
    },
    docs: (w) => w.buckets,
    read: row('', '', '', '', '', ''),
    update: row('', '', '', '', '', ''),
    delete: row('', '', '', '', '', ''),
    create: row('', '', '', '', '', ''),
    patch: { field: 'key', value: () => `forged-${rand()}` },
    newDoc: () => ({ key: `matrix-${rand()}`, windowStart: new Date().toISOString(), count: 0 }),
    key: 'key',
  },
]

COLLECTIONS.push(
  {
    // Each staff member's own admin state: never a colleague's, never a customer's (staff × staff).
    slug: 'payload-preferences',
    gql: {
      type: 'PayloadPreference',
      one: 'PayloadPreference',
      many: 'PayloadPreferences',
      count: 'countPayloadPreferences',
    },
    docs: (w) => w.preferences,
    //        admin managerA marketing finance customerA anonymous
    read: row('AD', 'MA', 'MK', 'FI', '', ''),
    update: row('AD', 'MA', 'MK', 'FI', '', ''),
    delete: row('AD', 'MA', 'MK', 'FI', '', ''),
    create: row('new', 'new', 'new', 'new', '', ''),
    patch: { field: 'key', value: () => `renamed-${rand()}` },
    // Whoever creates it, the row names the creator (Payload's field hook); `user` is required input.
    newDoc: (w) => ({
      key: `matrix-${rand()}`,
      value: { columns: [] },
      user: { relationTo: 'staff', value: w.managerB.id },
    }),
    key: 'key',
    disposable: (w, name) => preference(w, name),
    // Payload's REST for this collection is its per-key endpoints (`/api/payload-preferences/:key`),
    // checked staff × staff and customer in internal-collections.int.test.ts.
    via: ['local', 'graphql'],
  },
  {
    // Edit locks: every staff member sees who edits what; only Payload's admin makes them, and a
    // staff member removes only their own (taking one over is tested in internal-collections).
    slug: 'payload-locked-documents',
    gql: {
      type: 'PayloadLockedDocument',
      one: 'PayloadLockedDocument',
      many: 'PayloadLockedDocuments',
      count: 'countPayloadLockedDocuments',
    },
    docs: (w) => w.locks,
    read: row(...Array(4).fill('AD MA MB MK FI'), '', ''),
    update: row('', '', '', '', '', ''),
    delete: row('AD', 'MA', 'MK', 'FI', '', ''),
    create: row('', '', '', '', '', ''),
    patch: { field: 'globalSlug', value: () => `forged-${rand()}` },
    newDoc: (w) => ({
      globalSlug: `matrix-${rand()}`,
      user: { relationTo: 'staff', value: w.managerB.id },
    }),
    key: 'globalSlug',
    disposable: (w, name) => lock(w, name),
    missingUpdate: { admin: 404, managerA: 404, marketing: 404, finance: 404 },
  },
  {
    slug: 'payload-migrations',
    gql: {
      type: 'PayloadMigration',
      one: 'PayloadMigration',
      many: 'PayloadMigrations',
      count: 'countPayloadMigrations',
    },
    docs: (w) => w.migrations,
    read: row('M', '', '', '', '', ''),
    update: row('', '', '', '', '', ''),
    delete: row('', '', '', '', '', ''),
    create: row('', '', '', '', '', ''),
    patch: { field: 'name', value: () => `forged-${rand()}` },
    newDoc: () => ({ name: `matrix-${rand()}`, batch: 99 }),
    key: 'name',
    // Payload serves no REST or GraphQL for migrations (asserted in internal-collections).
    via: ['local'],
  },
  {
    // Payload's key-value store for its own bookkeeping: system-only.
    slug: 'payload-kv',
    gql: { type: 'PayloadKv', one: 'PayloadKv', many: 'PayloadKvs', count: 'countPayloadKvs' },
    docs: (w) => w.kv,
    read: row('', '', '', '', '', ''),
    update: row('', '', '', '', '', ''),
    delete: row('', '', '', '', '', ''),
    create: row('', '', '', '', '', ''),
    patch: { field: 'key', value: () => `forged-${rand()}` },
    newDoc: () => ({ key: `matrix-${rand()}`, data: { forged: true } }),
    key: 'key',
  },
)

let w: TCtx
const who = {} as Record<TPrincipal, TWho>
const paths = {} as Record<TPath['name'], TPath>

beforeAll(async () => {
  const world = await buildWorld()
  const { payload } = world
  const [hA] = await Promise.all([
    customerHeaders(payload, world.customerA),
    customerHeaders(payload, world.customerB),
  ])
  await Promise.all(
    [world.customerA, world.customerB].map((c) =>
      issueAccountToken({ payload, customerId: c.id, purpose: 'password-reset' }),
    ),
  )
  const idOf = async (slug: 'customer-sessions' | 'account-tokens', customer: string) =>
    String(
      (
        await payload.find({
          collection: slug,
          where: { customer: { equals: customer } },
          overrideAccess: true,
        })
      ).docs[0].id,
    )
  w = {
    ...world,
    sessions: {
      A: await idOf('customer-sessions', world.customerA.id),
      B: await idOf('customer-sessions', world.customerB.id),
    },
    tokens: {
      A: await idOf('account-tokens', world.customerA.id),
      B: await idOf('account-tokens', world.customerB.id),
    },
    jobs: {},
    audits: {},
    passkeys: {},
    identities: {},
    factorChecks: {},
    buckets: {},
    preferences: {},
    locks: {},
    migrations: {},
    kv: {},
    lockTargets: {
      A: (await createCustomer(payload, { accountManager: world.managerA.id })).id,
      B: (await createCustomer(payload, { accountManager: world.managerB.id })).id,
    },
  }
  const system = { overrideAccess: true, depth: 0 } as const // test setup: rows only system code writes
  const passkey = async (owner: { customer: string } | { staff: string }) =>
    String(
      (
        await payload.create({
          collection: 'passkeys',
          data: {
            ...owner,
            name: `key ${rand()}`,
            credentialId: rand(),
            publicKey: rand(),
            counter: 0,
          },
          ...system,
        })
      ).id,
    )
  w.passkeys = {
    A: await passkey({ customer: world.customerA.id }),
    B: await passkey({ customer: world.customerB.id }),
    MA: await passkey({ staff: world.managerA.id }),
    MK: await passkey({ staff: world.marketing.id }),
    FI: await passkey({ staff: world.finance.id }),
  }
  const identity = async (owner: { customer: string } | { staff: string }) =>
    String(
      (
        await payload.create({
          collection: 'identities',
          data: { ...owner, providerId: 'test', issuer: 'https://idp.example', subject: rand() },
          ...system,
        })
      ).id,
    )
  w.identities = {
    A: await identity({ customer: world.customerA.id }),
    B: await identity({ customer: world.customerB.id }),
    MA: await identity({ staff: world.managerA.id }),
    MK: await identity({ staff: world.marketing.id }),
    FI: await identity({ staff: world.finance.id }),
  }
  const check = async (staff: string) =>
    String(
      (
        await payload.create({
          collection: 'staff-factor-checks',
          data: { staff, sid: rand(), verifiedAt: new Date().toISOString(), method: 'totp' },
          ...system,
        })
      ).id,
    )
  w.factorChecks = { admin: await check(world.admin.id), MA: await check(world.managerA.id) }
  const bucket = async () =>
    String(
      (
        await payload.create({
          collection: 'rate-limit-buckets',
          data: { key: `matrix-${rand()}`, windowStart: new Date().toISOString(), count: 1 },
          ...system,
        })
      ).id,
    )
  w.buckets = { A: await bucket(), B: await bucket() }
  for (const owner of Object.keys(OWNERS)) {
    w.preferences[owner] = await preference(w, owner)
    w.locks[owner] = await lock(w, owner, owner === 'MB' ? w.lockTargets.B : w.lockTargets.A)
  }
  const migration = await payload.find({ collection: 'payload-migrations', limit: 1, ...system })
  w.migrations = { M: String(migration.docs[0]!.id) }
  const kv = await payload.db.create({
    collection: 'payload-kv',
    data: { key: `matrix-${rand()}`, data: { n: 1 } },
  })
  w.kv = { K: String(kv.id) }
  w.jobs = { A: await queueJob(w, world.customerA.id), B: await queueJob(w, world.customerB.id) }
  const audit = async (customerId: string) =>
    (
      await recordAudit({
        payload,
        entry: {
          actorType: 'customer',
          actorId: customerId,
          action: testAction('matrix.seed'),
          targetId: customerId,
          outcome: 'success',
        },
      })
    ).id
  w.audits = { A: await audit(world.customerA.id), B: await audit(world.customerB.id) }
  const staff = {
    admin: world.admin,
    managerA: world.managerA,
    marketing: world.marketing,
    finance: world.finance,
  }
  for (const [name, member] of Object.entries(staff)) {
    who[name as TPrincipal] = {
      user: asStaff(member),
      headers: await staffHeaders(payload, member),
    }
  }
  who.customerA = { user: asCustomer(world.customerA), headers: hA }
  who.anonymous = { user: null, headers: new Headers() }
  Object.assign(paths, { local: localPath(payload), rest: restPath, graphql: graphqlPath })
})

/** The database's view, whatever any caller may see. */
const system = (slug: CollectionSlug, id: string) =>
  w.payload.findByID({
    collection: slug,
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    showHiddenFields: true,
  }) as Promise<Record<string, unknown> | null>

const denied = (visible: string[]) => (visible.length ? 404 : 403)

describe.each(COLLECTIONS)('$slug', (c) => {
  describe.each(c.via ?? (['local', 'rest', 'graphql'] as const))('via %s', (via) => {
    it.each(PRINCIPALS)('%s: read by id', async (p) => {
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
      const data = c.newDoc(w)
      const r = await paths[via].create(c.slug, c.gql, data, who[p])
      const found = await w.payload.find({
        collection: c.slug,
        where: { [c.key]: { equals: data[c.key] } },
        overrideAccess: true,
        depth: 0,
      })
      if (c.create[p].length) {
        expect(r.status).toBe(200)
        expect(found.docs.map((d) => String(d.id))).toEqual([r.id])
      } else {
        expect(r).toEqual({ status: 403 })
        expect(found.totalDocs).toBe(0)
      }
    })
  })
})

describe.each(['local', 'rest', 'graphql'] as const)(
  'a customer listing without filters, via %s',
  (via) => {
    const own = (w: TCtx) => ({
      customers: { gql: COLLECTIONS[0].gql, mine: [w.customerA.id], foreign: w.customerB.id },
      orders: { gql: COLLECTIONS[1].gql, mine: null, foreign: w.orderB.id },
      staff: { gql: COLLECTIONS[2].gql, mine: [w.managerA.id], foreign: w.managerB.id },
      'customer-sessions': { gql: COLLECTIONS[3].gql, mine: [w.sessions.A], foreign: w.sessions.B },
    })

    it.each(['customers', 'orders', 'staff', 'customer-sessions'] as const)(
      '%s: totals count only their own',
      async (slug) => {
        const o = own(w)[slug]
        // Orders are created for customer A by other tests in this file; the database says which are theirs.
        const mine =
          o.mine ??
          (
            await w.payload.find({
              collection: 'orders',
              where: { customer: { equals: w.customerA.id } },
              limit: 100,
              overrideAccess: true,
              depth: 0,
            })
          ).docs.map((d) => d.id)
        const list = await paths[via].find(slug, o.gql, null, who.customerA)
        const count = await paths[via].count(slug, o.gql, null, who.customerA)
        expect(list).toEqual({ status: 200, ids: [...mine].sort(), total: mine.length })
        expect(list.ids).not.toContain(o.foreign)
        expect(count).toEqual({ status: 200, total: mine.length })
      },
    )
  },
)
