import { randomBytes } from 'node:crypto'

import { beforeAll, describe, expect, it } from 'vitest'

import { uniqueEmail } from '@/seed/factories'

import { graphqlPath, localPath, restPath, type TPath, type TWho } from './support/access-paths'
import { graphql, rest } from './support/http'
import { customerHeaders, staffHeaders } from './support/identity'
import { asCustomer, asStaff, buildWorld, PASSWORD, type TWorld } from './support/world'

/**
 * Field-level rules and ownership checks that the access matrix cannot express: which fields a
 * caller may set or see, who owns what a manager creates, and that customers never reach /admin.
 */
const CUSTOMER = { type: 'Customer', one: 'Customer', many: 'Customers', count: 'countCustomers' }
const ORDER = { type: 'Order', one: 'Order', many: 'Orders', count: 'countOrders' }
const STAFF = { type: 'Staff', one: 'Staff', many: 'allStaff', count: 'countallStaff' }
const VIAS = ['local', 'rest', 'graphql'] as const

let w: TWorld
const paths = {} as Record<(typeof VIAS)[number], TPath>
let customerA: TWho
let managerA: TWho
let admin: TWho
let marketing: TWho
const NOTES = `vip-notes-${randomBytes(4).toString('hex')}`
const INTERNAL = `internal-${randomBytes(4).toString('hex')}`
const rand = () => randomBytes(5).toString('hex')

const system = (collection: 'customers' | 'orders' | 'staff', id: string) =>
  w.payload.findByID({
    collection,
    id,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  }) as unknown as Promise<Record<string, unknown>>

beforeAll(async () => {
  w = await buildWorld()
  const { payload } = w
  await payload.update({
    collection: 'customers',
    id: w.customerA.id,
    data: { notes: NOTES },
    overrideAccess: true,
    context: { skipInvitation: true },
  })
  await payload.update({
    collection: 'orders',
    id: w.orderA.id,
    data: { internalNotes: INTERNAL },
    overrideAccess: true,
  })
  customerA = {
    user: asCustomer(w.customerA),
    headers: await customerHeaders(payload, w.customerA),
  }
  managerA = { user: asStaff(w.managerA), headers: await staffHeaders(payload, w.managerA) }
  admin = { user: asStaff(w.admin), headers: await staffHeaders(payload, w.admin) }
  marketing = { user: asStaff(w.marketing), headers: await staffHeaders(payload, w.marketing) }
  Object.assign(paths, { local: localPath(payload), rest: restPath, graphql: graphqlPath })
})

describe('a customer editing their own record', () => {
  it.each(VIAS)('via %s: only phone and preferredLocale change', async (via) => {
    const before = await system('customers', w.customerA.id)
    const phone = `+31 ${rand()}`
    const preferredLocale = before.preferredLocale === 'de' ? 'nl' : 'de'
    const data: Record<string, unknown> = {
      phone,
      preferredLocale,
      status: 'disabled',
      accountManager: w.managerB.id,
      notes: 'customer wrote this',
      firstName: 'Mallory',
      lastName: 'Mallory',
      sendInvitation: true,
      // Hidden fields are not part of GraphQL's input types; REST and Local API get them too.
      ...(via === 'graphql'
        ? {}
        : {
            passwordHash: 'scrypt$1$1$1$AAAA$AAAA',
            failedSignIns: 99,
            lockedUntil: '2999-01-01T00:00:00.000Z',
            invitedAt: '2000-01-01T00:00:00.000Z',
          }),
    }
    const res = await paths[via].update('customers', CUSTOMER, w.customerA.id, data, customerA)
    expect(res).toEqual({ status: 200, id: w.customerA.id })
    const after = await system('customers', w.customerA.id)
    expect(after).toMatchObject({
      phone,
      preferredLocale,
      status: 'active',
      accountManager: w.managerA.id,
      notes: NOTES,
      firstName: 'Alice',
      lastName: before.lastName,
    })
    expect(after.passwordHash).toBe(before.passwordHash)
    expect(after.failedSignIns).toBe(before.failedSignIns)
    expect(after.lockedUntil ?? null).toBeNull()
    expect(after.invitedAt ?? null).toBe(before.invitedAt ?? null)
    const jobs = await w.payload.find({
      collection: 'payload-jobs',
      where: { 'input.customerId': { equals: w.customerA.id } },
      overrideAccess: true,
    })
    expect(jobs.totalDocs).toBe(0) // sendInvitation is staff-only
  })
})

describe('what a customer can see', () => {
  it('never notes, internalNotes, password hashes or staff sessions, on any path', async () => {
    const { payload } = w
    const responses = [
      await payload.findByID({
        collection: 'customers',
        id: w.customerA.id,
        user: customerA.user as never,
        overrideAccess: false,
      }),
      await payload.find({
        collection: 'orders',
        depth: 2,
        user: customerA.user as never,
        overrideAccess: false,
      }),
      (await rest('GET', `customers/${w.customerA.id}?depth=2`, customerA.headers)).json,
      (await rest('GET', 'customers/me', customerA.headers)).json,
      (await rest('GET', 'orders?depth=2', customerA.headers)).json,
      (await rest('GET', `orders/${w.orderA.id}?depth=2`, customerA.headers)).json,
      (
        await graphql(
          `
            {
              Customers {
                docs {
                  id
                  notes
                }
              }
              Orders {
                docs {
                  internalNotes
                  customer {
                    id
                    notes
                  }
                }
              }
            }
          `,
          customerA.headers,
        )
      ).json,
    ]
    for (const r of responses) {
      const text = JSON.stringify(r)
      expect(text).toContain(w.customerA.id) // the response is about customer A at all
      expect(text).not.toContain(NOTES)
      expect(text).not.toContain(INTERNAL)
      expect(text).not.toMatch(/passwordHash|scrypt\$|tokenHash|failedSignIns|lockedUntil/)
    }
    // managerA signed in (staffHeaders), so their record has a session; the customer must not see it.
    const me = (await rest('GET', 'customers/me', customerA.headers)).json as {
      user: { accountManager: { id: string; sessions?: unknown[] } }
    }
    expect(me.user.accountManager.id).toBe(w.managerA.id)
    expect(me.user.accountManager.sessions ?? []).toEqual([])
    const own = (await rest('GET', `staff/${w.managerA.id}`, managerA.headers)).json as {
      sessions?: unknown[]
    }
    expect(own.sessions?.length).toBeGreaterThan(0)
  })

  it('of their account manager, only the contact card — on every path', async () => {
    await w.payload.update({
      collection: 'staff',
      id: w.managerA.id,
      data: {
        title: 'Account manager',
        totpEnabledAt: new Date().toISOString(),
        recoveryCodesCreatedAt: new Date().toISOString(),
        secondFactorResetAt: new Date().toISOString(),
      },
      overrideAccess: true, // test setup: a manager with a second factor
    })
    const CARD = new Set([
      'id',
      'name',
      'title',
      'phone',
      'email',
      // When they answer messages: shown beside the conversation.
      'workingHours',
      'createdAt',
      'updatedAt',
      'collection',
    ])
    const managerOf = (doc: unknown) => doc as Record<string, unknown>
    const seen = [
      managerOf((await rest('GET', `staff/${w.managerA.id}`, customerA.headers)).json),
      managerOf(((await rest('GET', 'staff', customerA.headers)).json.docs as unknown[])[0]),
      managerOf(
        (
          (await rest('GET', 'customers/me', customerA.headers)).json.user as {
            accountManager: unknown
          }
        ).accountManager,
      ),
      managerOf(
        (
          (await rest('GET', `orders/${w.orderA.id}?depth=2`, customerA.headers)).json.customer as {
            accountManager: unknown
          }
        ).accountManager,
      ),
      managerOf(
        await w.payload.findByID({
          collection: 'staff',
          id: w.managerA.id,
          user: customerA.user as never,
          overrideAccess: false,
        }),
      ),
    ]
    for (const doc of seen) {
      expect(doc.id).toBe(w.managerA.id)
      expect(doc.name).toBe(w.managerA.name)
      expect(doc.title).toBe('Account manager')
      const extra = Object.keys(doc).filter((k) => !CARD.has(k) && k !== 'sessions')
      expect(extra).toEqual([])
    }
    const gql = await graphql(
      `
        {
          allStaff {
            docs {
              id
              name
              role
              totpEnabledAt
              recoveryCodesCreatedAt
              secondFactorResetAt
            }
          }
        }
      `,
      customerA.headers,
    )
    const [doc] = (gql.json.data?.allStaff as { docs: Record<string, unknown>[] }).docs
    expect(doc!.name).toBe(w.managerA.name)
    for (const f of ['role', 'totpEnabledAt', 'recoveryCodesCreatedAt', 'secondFactorResetAt']) {
      expect(doc![f] ?? null, f).toBeNull()
    }
    // Staff still see them.
    const forStaff = (await rest('GET', `staff/${w.managerA.id}`, admin.headers)).json
    expect(forStaff.role).toBe('account-manager')
    expect(forStaff.totpEnabledAt).toBeTruthy()
  })

  it('staff see internal notes but never the password hash', async () => {
    const texts = [
      JSON.stringify((await rest('GET', `customers/${w.customerA.id}`, admin.headers)).json),
      JSON.stringify((await rest('GET', `orders/${w.orderA.id}?depth=2`, managerA.headers)).json),
    ]
    expect(texts[0]).toContain(NOTES)
    expect(texts[1]).toContain(INTERNAL)
    expect(texts[1]).toContain(NOTES)
    for (const t of texts) expect(t).not.toMatch(/passwordHash|scrypt\$|failedSignIns/)
  })

  it.each([
    ['admin', 'customers?where[passwordHash][exists]=true'],
    ['marketing', 'customers?where[passwordHash][like]=scrypt'],
    ['marketing', 'customers?where[lockedUntil][exists]=true'],
    ['customerA', `orders?where[internalNotes][like]=${INTERNAL}`],
    ['customerA', `customers?where[notes][like]=${NOTES}`],
  ] as const)('%s cannot filter by a field they may not read: %s', async (name, query) => {
    const headers = { admin, marketing, customerA }[name].headers
    const res = await rest('GET', query, headers)
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.json)).toContain('cannot be queried')
  })
})

describe('ownership is set by the server, not the form', () => {
  it.each(VIAS)(
    'via %s: an account manager creating a customer becomes their manager',
    async (via) => {
      const data = {
        email: uniqueEmail('owned'),
        firstName: 'Owned',
        lastName: 'Customer',
        preferredLocale: 'en',
        status: 'invited',
        accountManager: w.managerB.id,
      }
      const res = await paths[via].create('customers', CUSTOMER, data, managerA)
      expect(res.status).toBe(200)
      expect((await system('customers', res.id!)).accountManager).toBe(w.managerA.id)
    },
  )

  it.each(VIAS)('via %s: an admin may assign another manager', async (via) => {
    const data = {
      email: uniqueEmail('assigned'),
      firstName: 'Assigned',
      lastName: 'Customer',
      preferredLocale: 'en',
      status: 'invited',
      accountManager: w.managerB.id,
    }
    const res = await paths[via].create('customers', CUSTOMER, data, admin)
    expect(res.status).toBe(200)
    expect((await system('customers', res.id!)).accountManager).toBe(w.managerB.id)
  })

  it.each(VIAS)(
    'via %s: an account manager cannot hand their customer to someone else',
    async (via) => {
      const res = await paths[via].update(
        'customers',
        CUSTOMER,
        w.customerA.id,
        { accountManager: w.managerB.id },
        managerA,
      )
      expect(res.status).toBe(200)
      expect((await system('customers', w.customerA.id)).accountManager).toBe(w.managerA.id)
    },
  )

  it.each(VIAS)('via %s: staff cannot promote themselves', async (via) => {
    const res = await paths[via].update(
      'staff',
      STAFF,
      w.marketing.id,
      { role: 'admin', phone: `+31 ${rand()}` },
      marketing,
    )
    expect(res.status).toBe(200)
    expect((await system('staff', w.marketing.id)).role).toBe('marketing')
  })
})

describe("an account manager and another manager's orders", () => {
  const newOrder = (customer: string) => ({
    orderNumber: `X-${rand()}`,
    orderDate: new Date().toISOString(),
    customer,
    model: 'f22',
    stage: 'design',
  })

  it.each(VIAS)('via %s: cannot create one for a foreign customer', async (via) => {
    const data = newOrder(w.customerB.id)
    const res = await paths[via].create('orders', ORDER, data, managerA)
    expect(res).toEqual({ status: 403 })
    const found = await w.payload.find({
      collection: 'orders',
      where: { orderNumber: { equals: data.orderNumber } },
      overrideAccess: true,
    })
    expect(found.totalDocs).toBe(0)
  })

  it.each(VIAS)(
    'via %s: cannot update one, nor move their own order to a foreign customer',
    async (via) => {
      expect(
        await paths[via].update('orders', ORDER, w.orderB.id, { stage: 'delivery' }, managerA),
      ).toEqual({ status: 403 })
      expect((await system('orders', w.orderB.id)).stage).toBe('engineering')
      expect(
        await paths[via].update(
          'orders',
          ORDER,
          w.orderA.id,
          { customer: w.customerB.id },
          managerA,
        ),
      ).toEqual({ status: 403 })
      expect((await system('orders', w.orderA.id)).customer).toBe(w.customerA.id)
    },
  )

  it('can create one for their own customer (control)', async () => {
    const res = await paths.rest.create('orders', ORDER, newOrder(w.customerA.id), managerA)
    expect(res.status).toBe(200)
    expect((await system('orders', res.id!)).customer).toBe(w.customerA.id)
  })
})

describe('customers and the back office', () => {
  it("cannot sign in through Payload's login", async () => {
    const res = await rest('POST', 'customers/login', new Headers(), {
      email: w.customerA.email,
      password: PASSWORD,
    })
    expect(res.status).toBe(403)
    expect(JSON.stringify(res.json)).not.toMatch(/token/i)
    const gql = await graphql(
      `mutation { loginCustomer(email: "${w.customerA.email}", password: "${PASSWORD}") { token } }`,
      new Headers(),
    )
    expect(gql.json.data).toBeUndefined()
    expect(gql.json.errors?.[0].message).toContain('Cannot query field "loginCustomer"')
    // Their portal password is not a staff password either.
    expect(
      (
        await rest('POST', 'staff/login', new Headers(), {
          email: w.customerA.email,
          password: PASSWORD,
        })
      ).status,
    ).toBe(401)
  })

  it('are told they cannot access the admin panel; staff are', async () => {
    const customer = await rest('GET', 'access', customerA.headers)
    const staff = await rest('GET', 'access', marketing.headers)
    expect(customer.status).toBe(200)
    // Payload's answer leaves out permissions that are false.
    expect(customer.json.canAccessAdmin ?? false).toBe(false)
    expect(customer.json.collections).toHaveProperty('orders')
    expect(staff.json.canAccessAdmin).toBe(true)
  })

  // Payload's built-in collections default to "any signed-in user"; without
  // src/payload/restrict-internal-collections.ts a customer could list every edit lock — learning the
  // ids of other customers' records that staff are editing — and lock any document in /admin.
  it('cannot read or write the edit locks of the back office', async () => {
    await w.payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'customers', value: w.customerB.id },
        user: { relationTo: 'staff', value: w.managerB.id },
      },
      overrideAccess: true, // the lock a staff member's open edit screen holds
    })
    const list = await rest('GET', 'payload-locked-documents?depth=0&limit=100', customerA.headers)
    expect(JSON.stringify(list.json)).not.toContain(w.customerB.id)
    expect([200, 403]).toContain(list.status) // refused, or filtered to nothing foreign
    const lock = await rest('POST', 'payload-locked-documents', customerA.headers, {
      document: { relationTo: 'orders', value: w.orderB.id },
      user: { relationTo: 'customers', value: w.customerA.id },
    })
    expect(lock.status).toBe(403)
  })

  // Without field access on `email`, PATCHing one's own sign-in email would answer 400 "Value must
  // be unique" for another customer's address and 200 for a free one: an enumeration oracle for who
  // is a Donkervoort customer, which sign-in and reset carefully avoid.
  it("cannot use their own record to find out another customer's email", async () => {
    const taken = await rest('PATCH', `customers/${w.customerA.id}`, customerA.headers, {
      email: w.customerB.email,
    })
    const free = await rest('PATCH', `customers/${w.customerA.id}`, customerA.headers, {
      email: uniqueEmail('free'),
    })
    expect(taken.status).toBe(free.status)
    expect((await system('customers', w.customerA.id)).email).toBe(w.customerA.email)
  })

  it('cannot read, write or delete migrations or back-office preferences', async () => {
    // Payload serves no REST route for migrations (501); the Local API on behalf of a user is the path.
    const asA = { user: customerA.user, overrideAccess: false } as const
    await expect(w.payload.find({ collection: 'payload-migrations', ...asA })).rejects.toThrow(
      /not allowed/i,
    )
    await expect(
      w.payload.create({
        collection: 'payload-migrations',
        data: { name: 'evil', batch: 99 },
        ...asA,
      }),
    ).rejects.toThrow(/not allowed/i)
    const adminRead = await w.payload.find({
      collection: 'payload-migrations',
      user: admin.user,
      overrideAccess: false,
    })
    expect(adminRead.totalDocs).toBeGreaterThan(0)
    const prefs = await rest('POST', 'payload-preferences', customerA.headers, {
      key: 'x',
      value: {},
    })
    expect(prefs.status).toBe(403)
    const prefsList = await rest('GET', 'payload-preferences', customerA.headers)
    expect(prefsList.status).toBe(403)
  })
})
