import { randomBytes, randomUUID } from 'node:crypto'

import { beforeAll } from 'vitest'

import { issueAccountToken } from '@/lib/auth/account-links/account-tokens'
import { recordAudit } from '@/lib/audit/record-audit'
import { createCustomer } from '@/seed/factories'

import { graphqlPath, localPath, restPath, type TPath, type TWho } from './access-paths'
import { testAction } from './audit'
import { createPasskey, customerHeaders, recordFactorCheck, staffHeaders } from './identity'
import { asCustomer, asStaff, buildWorld, type TWorld } from './world'

/**
 * The world the access specs (tests/int/access/) check their tables against: the two-customer
 * world plus documents of every collection, each owned by a named principal. Each spec file
 * builds its own, so files run apart and nobody's writes stand in another file's way.
 */
export const PRINCIPALS = [
  'admin',
  'managerA',
  'marketing',
  'finance',
  'customerA',
  'anonymous',
] as const
export type TPrincipal = (typeof PRINCIPALS)[number]

export type TCtx = TWorld & {
  sessions: Record<string, string>
  tokens: Record<string, string>
  jobs: Record<string, string>
  audits: Record<string, string>
  passkeys: Record<string, string>
  identities: Record<string, string>
  factorChecks: Record<string, string>
  buckets: Record<string, string>
  storedFiles: Record<string, string>
  preferences: Record<string, string>
  locks: Record<string, string>
  migrations: Record<string, string>
  kv: Record<string, string>
  /** Customers nobody edits in these specs: an edit lock on them never stands in another test's way. */
  lockTargets: { A: string; B: string }
}

export type TAccessWorld = {
  w: TCtx
  who: Record<TPrincipal, TWho>
  paths: Record<TPath['name'], TPath>
}

export const rand = () => randomBytes(6).toString('hex')
export const later = () => new Date(Date.now() + 3600_000).toISOString()
const JOB_QUEUE = 'access-matrix' // never run by anyone, so these jobs stay put during the suite

/** A stored-file record as files.ts writes it (no blob behind it: only the row's access is tested). */
export const storedFileData = () => {
  const id = randomUUID()
  return {
    id,
    storageKey: `${id.slice(0, 2)}/${id}`,
    keyId: 'matrix',
    wrappedKey: `v1.${rand()}`,
    envelopeVersion: 1,
    chunkSize: 65536,
    noncePrefix: rand(),
    size: 1,
    contentType: 'application/pdf',
    filename: `matrix-${rand()}.pdf`,
  }
}

export const queueJob = async (w: TCtx, customerId: string) =>
  String(
    (
      await w.payload.jobs.queue({
        task: 'sendAccountEmail',
        input: { customerId, purpose: 'password-reset' },
        queue: JOB_QUEUE,
      })
    ).id,
  )

/** Staff members by their short name in the rows of Payload's per-user collections. */
const OWNERS = {
  AD: 'admin',
  MA: 'managerA',
  MB: 'managerB',
  MK: 'marketing',
  FI: 'finance',
} as const
const ownerOf = (w: TCtx, name: string) => w[OWNERS[name as keyof typeof OWNERS]]

/** Admin preferences as Payload's admin stores them (its endpoint writes to the database directly). */
export const preference = async (w: TCtx, owner: string) =>
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
export const lock = async (w: TCtx, owner: string, document = w.lockTargets.A) =>
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

/** Builds the world in this file's `beforeAll`; its parts are there once the tests run. */
export function accessWorld(): TAccessWorld {
  const world = {} as TAccessWorld
  beforeAll(async () => {
    Object.assign(world, await buildAccessWorld())
  })
  return world
}

async function buildAccessWorld(): Promise<TAccessWorld> {
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
  const w: TCtx = {
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
    storedFiles: {},
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
    String((await createPasskey(payload, owner)).id)
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
  const check = async (staff: string) => String((await recordFactorCheck(payload, { staff })).id)
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
  const storedFile = async () =>
    String(
      (await payload.create({ collection: 'stored-files', data: storedFileData(), ...system })).id,
    )
  const ownedBy = async <T>(make: (owner: T) => Promise<string>, owners: Record<string, T>) =>
    Object.fromEntries(
      await Promise.all(Object.entries(owners).map(async ([k, o]) => [k, await make(o)] as const)),
    )
  const staffNames = Object.fromEntries(Object.keys(OWNERS).map((o) => [o, o]))
  const owners = {
    A: { customer: world.customerA.id },
    B: { customer: world.customerB.id },
    MA: { staff: world.managerA.id },
    MK: { staff: world.marketing.id },
    FI: { staff: world.finance.id },
  }
  // Independent rows, made side by side: each spec file builds this world for itself.
  const [passkeys, identities, factorChecks, buckets, preferences, locks, migration, kv, jobs] =
    await Promise.all([
      ownedBy(passkey, owners),
      ownedBy(identity, owners),
      ownedBy(check, { admin: world.admin.id, MA: world.managerA.id }),
      ownedBy(bucket, { A: undefined, B: undefined }),
      ownedBy((o: string) => preference(w, o), staffNames),
      ownedBy(
        (o: string) => lock(w, o, o === 'MB' ? w.lockTargets.B : w.lockTargets.A),
        staffNames,
      ),
      payload.find({ collection: 'payload-migrations', limit: 1, ...system }),
      payload.db.create({
        collection: 'payload-kv',
        data: { key: `matrix-${rand()}`, data: { n: 1 } },
      }),
      ownedBy((id: string) => queueJob(w, id), { A: world.customerA.id, B: world.customerB.id }),
    ])
  Object.assign(w, { passkeys, identities, factorChecks, buckets, preferences, locks, jobs })
  w.migrations = { M: String(migration.docs[0]!.id) }
  w.kv = { K: String(kv.id) }
  w.storedFiles = { A: await storedFile(), B: await storedFile() }
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
  // One after the other: the audit chain links each row to the one before.
  w.audits = { A: await audit(world.customerA.id), B: await audit(world.customerB.id) }
  const who = {} as Record<TPrincipal, TWho>
  const staff = {
    admin: world.admin,
    managerA: world.managerA,
    marketing: world.marketing,
    finance: world.finance,
  }
  await Promise.all(
    Object.entries(staff).map(async ([name, member]) => {
      who[name as TPrincipal] = {
        user: asStaff(member),
        headers: await staffHeaders(payload, member),
      }
    }),
  )
  who.customerA = { user: asCustomer(world.customerA), headers: hA }
  who.anonymous = { user: null, headers: new Headers() }
  const paths = { local: localPath(payload), rest: restPath, graphql: graphqlPath }
  return { w, who, paths }
}
