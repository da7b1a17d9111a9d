import { Writable } from 'node:stream'

import pino from 'pino'
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import config from '@payload-config'
import { payloadGraphql } from '@/lib/http/payload-routes'
import { loggerOptions } from '@/lib/logger'

import { restHandlers } from './support/http'
import { customerHeaders, staffHeaders } from './support/identity'
import { buildWorld, type TWorld } from './support/world'

/**
 * Bad input is the caller's error: every malformed query, body and id sent to Payload's REST and
 * GraphQL endpoints answers a 4xx problem+json (GraphQL: its own error shape), never a 5xx, and
 * nothing reaches the log at error level — least of all SQL. The cases are a fixed list plus a
 * bounded set drawn from a seeded generator, so a failure always reproduces.
 */
/** Every collection Payload serves, its own included: a new one joins by existing. */
const SLUGS = (await config).collections.map((c) => c.slug)

const FIXED_QUERIES = [
  'where[customer][in]=a,b,c',
  'where[id][in]=a,b,c',
  'where[id][equals][0][x]=1',
  'where[id][equals]=not-a-uuid',
  'where[id][not_equals]=1',
  'where[id][like]=x',
  'where[id][exists]=maybe',
  'where[createdAt][greater_than]=not-a-date',
  'where[updatedAt][less_than_equal][x]=1',
  'where[nonexistent][equals]=1',
  'where[id][bogus_operator]=1',
  'where[or][0]=x',
  'where[and]=1',
  'where=1',
  'where[or][0][and][0][or][0][id][equals]=x',
  'where[customer.accountManager][equals]=nope',
  'where[email][in][0][a]=b',
  'sort=nonexistent',
  'sort=-',
  'sort[x]=1',
  'sort=id;drop table customers',
  'depth=-1',
  'depth=abc',
  'depth=1e99',
  'limit=-5',
  'limit=abc',
  'limit=99999999999',
  'page=0.5',
  'page=-1',
  'locale=xx',
  'draft=maybe',
  'select[id][x]=1',
  'populate[x]=1',
]

/** The same mistakes in a query sent as a form body (Payload's admin does that for long filters). */
const OVERRIDE_QUERIES = [
  'where[customer][in]=a,b,c',
  'where[id][all]=x',
  'where[id][equals][0][x]=1',
  'where[createdAt][greater_than]=not-a-date',
  'depth=abc',
  'limit=99999999999',
  'sort[x]=1',
]

const ODD = [
  'x',
  '-1',
  '1e99',
  "' or 1=1 --",
  '%00',
  '{}',
  '[]',
  'null',
  '..',
  '💥',
  'a'.repeat(300),
]
const FIELDS = ['id', 'customer', 'createdAt', 'email', 'status', 'stage', 'orderDate', 'seq']
const OPS = ['equals', 'in', 'not_in', 'greater_than', 'like', 'contains', 'exists', 'near', 'all']

/** mulberry32: a tiny deterministic generator, so the drawn cases are the same on every run. */
function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function drawnQueries(count: number): string[] {
  const next = seeded(20261202)
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!
  return Array.from({ length: count }, () => {
    const value = encodeURIComponent(pick(ODD))
    return next() < 0.7
      ? `where[${pick(FIELDS)}][${pick(OPS)}]=${value}`
      : `${pick(['sort', 'depth', 'limit', 'page'])}=${value}`
  })
}

type TCall = {
  override?: boolean
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  path: string
  type?: string
  body?: string
}

let w: TWorld
let who: Record<'admin' | 'customer' | 'anonymous', Headers>
const lines: { level: number; msg?: string; err?: unknown }[] = []
let original: Payload['logger']

async function call(c: TCall, headers: Headers) {
  const h = new Headers(headers)
  if (c.type) h.set('content-type', c.type)
  // How Payload's admin sends a query too long for a URL: POST it as a form, read as a GET.
  if (c.override) h.set('x-payload-http-method-override', 'GET')
  const url = new URL(`http://localhost:3000/api/${c.path}`)
  const request = new Request(url, { method: c.method, headers: h, body: c.body })
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const response = await restHandlers[c.method](request, { params: Promise.resolve({ slug }) })
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    text: await response.text(),
  }
}

beforeAll(async () => {
  w = await buildWorld()
  who = {
    admin: await staffHeaders(w.payload, w.admin),
    customer: await customerHeaders(w.payload, w.customerA),
    anonymous: new Headers(),
  }
  // Everything Payload logs while these requests run, as our logger would write it.
  original = w.payload.logger
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line))
      done()
    },
  })
  w.payload.logger = pino({ ...loggerOptions, level: 'info' }, sink) as unknown as Payload['logger']
})

beforeEach(() => {
  lines.length = 0
})

afterAll(() => {
  w.payload.logger = original
})

function expectCallerError(r: { status: number; type: string; text: string }, label: string) {
  expect(r.status, `${label}: ${r.text.slice(0, 200)}`).toBeLessThan(500)
  if (r.status >= 400) {
    expect(r.type, label).toMatch(/^application\/problem\+json/)
    const body = JSON.parse(r.text) as { code?: string; requestId?: string; detail?: string }
    expect(body.code, label).toBeTruthy()
    expect(body.requestId, label).toBeTruthy()
    expect(body.detail, label).not.toMatch(/select |insert |drizzle|postgres/i)
  }
}

function expectNoErrorLines(label: string) {
  const bad = lines.filter((l) => l.level >= 50)
  expect(
    bad.map((l) => JSON.stringify(l).slice(0, 300)),
    label,
  ).toEqual([])
}

describe.each(['admin', 'customer', 'anonymous'] as const)('as %s', (principal) => {
  it.each(SLUGS)(
    '%s: malformed query parameters',
    async (slug) => {
      for (const q of [...FIXED_QUERIES, ...drawnQueries(15)]) {
        for (const path of [`${slug}?${q}`, `${slug}/count?${q}`]) {
          expectCallerError(await call({ method: 'GET', path }, who[principal]), path)
        }
      }
      for (const q of OVERRIDE_QUERIES) {
        const form = { type: 'application/x-www-form-urlencoded', body: q, override: true }
        expectCallerError(
          await call({ method: 'POST', path: slug, ...form }, who[principal]),
          `POST ${slug} (GET override) ${q}`,
        )
      }
      expectNoErrorLines(slug)
    },
    240_000,
  )

  it.each(SLUGS)('%s: ids that are not uuids', { timeout: 120_000 }, async (slug) => {
    for (const id of ['1', 'not-a-uuid', '%2e%2e', '..%2f..%2fetc%2fpasswd', "'; --", '0x1']) {
      for (const method of ['GET', 'DELETE'] as const) {
        expectCallerError(
          await call({ method, path: `${slug}/${id}` }, who[principal]),
          `${method} ${id}`,
        )
      }
      const patch = {
        method: 'PATCH' as const,
        path: `${slug}/${id}`,
        type: 'application/json',
        body: '{}',
      }
      expectCallerError(await call(patch, who[principal]), `PATCH ${id}`)
    }
    expectNoErrorLines(slug)
  })

  it.each(SLUGS)(
    '%s: wrong content types and malformed JSON',
    { timeout: 120_000 },
    async (slug) => {
      const target = `${slug}/${w.customerA.id}`
      // A write that matches nothing is a 200 with no documents; these must not crash.
      for (const c of [
        {
          method: 'PATCH',
          path: `${slug}?where[id][equals]=x`,
          type: 'application/json',
          body: '{}',
        },
        {
          method: 'DELETE',
          path: `${slug}?where[id][in]=a,b`,
          type: 'application/json',
          body: '{}',
        },
        {
          method: 'POST',
          path: slug,
          type: 'application/x-www-form-urlencoded',
          body: 'x=1&y[z]=2',
        },
      ] satisfies TCall[]) {
        expectCallerError(await call(c, who[principal]), `${c.method} ${c.path}`)
      }
      // These can never succeed: the body is unreadable.
      const cases: TCall[] = [
        { method: 'PATCH', path: target, type: 'text/plain', body: 'name=x' },
        { method: 'POST', path: slug, type: 'text/plain', body: 'hello' },
        { method: 'POST', path: slug, type: 'application/xml', body: '<a/>' },
        { method: 'POST', path: slug, type: 'application/json', body: '{"broken":' },
        { method: 'PATCH', path: target, type: 'application/json', body: '[1,2' },
      ]
      for (const c of cases) {
        const r = await call(c, who[principal])
        expectCallerError(r, `${c.method} ${c.path} ${c.type}`)
        expect(r.status, `${c.method} ${c.path} ${c.type}`).not.toBe(200)
      }
      expectNoErrorLines(slug)
    },
  )

  it('GraphQL: malformed bodies and bad values', async () => {
    const gql = payloadGraphql(config).POST
    const send = async (body: string, type = 'application/json') => {
      const h = new Headers(who[principal])
      h.set('content-type', type)
      const res = await gql(
        new Request('http://localhost:3000/api/graphql', { method: 'POST', headers: h, body }),
        {
          params: Promise.resolve({ slug: [] }),
        },
      )
      return {
        status: res.status,
        type: res.headers.get('content-type') ?? '',
        text: await res.text(),
      }
    }
    for (const body of ['{"query":', 'not json', '', '[]', '{"query": 1}', '{"query": "{"}']) {
      const r = await send(body)
      expect(r.status, body).toBeLessThan(500)
      expect(r.status, body).toBeGreaterThanOrEqual(200)
    }
    expect((await send('{"query":')).type).toMatch(/^application\/problem\+json/)
    expect((await send('query { x }', 'text/plain')).status).toBe(415)
    for (const query of [
      '{ Customer(id: "x") { id } }',
      '{ Customers(where: { id: { in: ["a", "b"] } }) { docs { id } } }',
      '{ Orders(where: { customer: { equals: "nope" } }) { docs { id } } }',
      '{ Orders(where: { orderDate: { greater_than: "not-a-date" } }) { docs { id } } }',
      '{ Orders(sort: "nonexistent", limit: -1, page: -3) { docs { id } } }',
    ]) {
      const r = await send(JSON.stringify({ query }))
      expect(r.status, query).toBeLessThan(500)
      const body = JSON.parse(r.text) as { errors?: { extensions?: { statusCode?: number } }[] }
      for (const e of body.errors ?? []) {
        expect(e.extensions?.statusCode ?? 400, `${query}: ${r.text.slice(0, 200)}`).toBeLessThan(
          500,
        )
      }
    }
    expectNoErrorLines('graphql')
  })
})

it('the staff verification endpoint answers 404 to anonymous junk, not 500', async () => {
  for (const token of ['junk', 'a'.repeat(64), '%00']) {
    const r = await call(
      { method: 'POST', path: `staff/verify/${token}` },
      new Headers({ 'x-forwarded-for': '198.51.100.77' }),
    )
    expect(r.status).toBe(404)
    expect(r.type).toMatch(/^application\/problem\+json/)
  }
  expectNoErrorLines('verify')
})
