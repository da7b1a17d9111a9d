import { randomBytes } from 'node:crypto'

import { beforeAll, describe, expect, it } from 'vitest'

import { createErpEventsRoute } from '@/features/erp/events-route'
import { hmacSignature } from '@/lib/http/hmac-auth'
import { createMilestoneDefinition, createOrderMilestone } from '@/seed/timeline-factories'

import { buildWorld, type TWorld } from './support/world'

const SECRET = randomBytes(32).toString('hex')
const rand = () => randomBytes(5).toString('hex')
let clock = Date.now()
const post = createErpEventsRoute(
  () => SECRET,
  () => clock,
)
const unconfigured = createErpEventsRoute(() => undefined)

let w: TWorld
let paint: { key: string; milestone: string }
let chassis: { key: string; milestone: string }

beforeAll(async () => {
  w = await buildWorld()
  const make = async (automaticUpdate: 'none' | 'published') => {
    const def = await createMilestoneDefinition(w.payload, {
      key: `m${rand()}`,
      automaticUpdate,
      automaticTitle: automaticUpdate === 'none' ? undefined : 'Paint completed',
    })
    const m = await createOrderMilestone(w.payload, { order: w.orderA.id, definition: def.id })
    return { key: def.key, milestone: m.id }
  }
  paint = await make('published')
  chassis = await make('none')
})

type TSigned = { body: string; timestamp?: string; signature?: string }

function signed(body: unknown, at = clock): TSigned {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  const timestamp = String(Math.floor(at / 1000))
  return { body: text, timestamp, signature: hmacSignature(SECRET, text, timestamp) }
}

async function send(s: TSigned, handler = post) {
  const headers = new Headers({ 'content-type': 'application/json' })
  if (s.timestamp) headers.set('x-erp-timestamp', s.timestamp)
  if (s.signature) headers.set('x-erp-signature', `sha256=${s.signature}`)
  const res = await handler(
    new Request('http://localhost:3000/api/integrations/erp/events', {
      method: 'POST',
      headers,
      body: s.body,
    }),
  )
  const json = await res.json()
  return { status: res.status, type: res.headers.get('content-type'), json }
}

const event = (over: Record<string, unknown> = {}) => ({
  id: `evt-${rand()}`,
  orderNumber: w.orderA.orderNumber,
  milestone: paint.key,
  state: 'done',
  ...over,
})

const milestone = (id: string) =>
  w.payload.findByID({ collection: 'order-milestones', id, depth: 0, overrideAccess: true })
const countUpdates = async () =>
  (
    await w.payload.count({
      collection: 'production-updates',
      where: { order: { equals: w.orderA.id } },
      overrideAccess: true,
    })
  ).totalDocs

describe('ERP feed: applying events', () => {
  it('moves the milestone, posts the automatic update, records and audits the event as erp', async () => {
    const e = event({ actualDate: '2026-11-30' })
    const r = await send(signed({ events: [e] }))
    expect(r.status).toBe(200)
    const updateId = r.json.results[0].automaticUpdate as string
    expect(r.json.results).toEqual([
      {
        id: e.id,
        orderNumber: e.orderNumber,
        milestone: paint.key,
        state: 'done',
        automaticUpdate: expect.any(String),
      },
    ])
    const m = await milestone(paint.milestone)
    expect([m.state, m.actualDate]).toEqual(['done', '2026-11-30T00:00:00.000Z'])
    const update = await w.payload.findByID({
      collection: 'production-updates',
      id: updateId,
      overrideAccess: true,
    })
    expect([update.title, update._status, update.automatic]).toEqual([
      'Paint completed',
      'published',
      true,
    ])
    const audit = await w.payload.find({
      collection: 'audit-log',
      where: {
        and: [
          { action: { equals: 'erp.milestone-event.applied' } },
          { targetId: { equals: paint.milestone } },
        ],
      },
      overrideAccess: true,
    })
    expect(audit.docs).toHaveLength(1)
    expect([audit.docs[0].actorType, audit.docs[0].actorLabel]).toEqual(['integration', 'erp'])
    expect(audit.docs[0].details).toMatchObject({ source: 'erp', eventId: e.id })
  })

  it('is idempotent by event id: a repeat in a new request changes nothing and answers the same', async () => {
    const e = event({ milestone: chassis.key, state: 'in-progress' })
    const first = await send(signed({ events: [e] }))
    expect(first.status).toBe(200)
    // Staff move it on by hand meanwhile; the repeated event must not undo that.
    await w.payload.update({
      collection: 'order-milestones',
      id: chassis.milestone,
      data: { state: 'delayed' },
      overrideAccess: true,
      context: { seed: true },
    })
    clock += 1000
    const again = await send(signed({ events: [e] }))
    expect(again).toEqual(first)
    expect((await milestone(chassis.milestone)).state).toBe('delayed')
  })

  it('refuses the very same signed request a second time (replay)', async () => {
    const s = signed({ events: [event({ milestone: chassis.key, state: 'planned' })] })
    expect((await send(s)).status).toBe(200)
    const replay = await send(s)
    expect(replay.status).toBe(409)
    expect(replay.type).toContain('application/problem+json')
  })
})

describe('ERP feed: signature and clock', () => {
  const body = () => ({ events: [event({ milestone: chassis.key, state: 'in-progress' })] })

  it('refuses a bad or missing signature and a missing timestamp', async () => {
    const s = signed(body())
    expect(
      (await send({ ...s, signature: hmacSignature('other-secret', s.body, s.timestamp) })).status,
    ).toBe(401)
    expect((await send({ ...s, signature: undefined })).status).toBe(401)
    expect((await send({ ...s, timestamp: undefined })).status).toBe(401)
    // Signed over the body alone (no timestamp): refused.
    expect((await send({ ...s, signature: hmacSignature(SECRET, s.body) })).status).toBe(401)
    // A signature for another timestamp: refused.
    expect((await send({ ...s, timestamp: String(Number(s.timestamp) + 1) })).status).toBe(401)
  })

  it('refuses a timestamp more than five minutes old or ahead, and accepts one just inside', async () => {
    expect((await send(signed(body(), clock - 301_000))).status).toBe(401)
    expect((await send(signed(body(), clock + 301_000))).status).toBe(401)
    expect((await send(signed(body(), clock - 290_000))).status).toBe(200)
  })

  it('does not exist without a configured secret', async () => {
    expect((await send(signed(body()), unconfigured)).status).toBe(404)
  })
})

describe('ERP feed: validation and batches', () => {
  it('answers 422 problem+json naming the invalid field', async () => {
    const r = await send(signed({ events: [event({ state: 'finished' })] }))
    expect(r.status).toBe(422)
    expect(r.type).toContain('application/problem+json')
    expect(r.json.issues.map((i: { path: string }) => i.path)).toEqual(['events[0].state'])
    const extra = await send(signed({ events: [event({ colour: 'red' })] }))
    expect(extra.status).toBe(422)
    expect((await send(signed({ events: [] }))).status).toBe(422)
    expect((await send(signed('not json'))).status).toBe(400)
  })

  it('an unknown order or milestone is 422 naming it, and nothing of the batch is applied', async () => {
    const before = (await milestone(chassis.milestone)).state
    const good = event({ milestone: chassis.key, state: 'done' })
    const badOrder = await send(signed({ events: [good, event({ orderNumber: 'NOPE-1' })] }))
    expect(badOrder.status).toBe(422)
    expect(badOrder.json.issues[0].path).toBe('events[1].orderNumber')
    const updates = await countUpdates()
    const badMilestone = await send(
      signed({ events: [good, event({ milestone: 'no-such-milestone' })] }),
    )
    expect(badMilestone.status).toBe(422)
    expect(badMilestone.json.issues[0].path).toBe('events[1].milestone')
    // All or nothing: the first event left no trace.
    expect((await milestone(chassis.milestone)).state).toBe(before)
    expect(await countUpdates()).toBe(updates)
    const recorded = await w.payload.count({
      collection: 'erp-events',
      where: { eventId: { equals: good.id } },
      overrideAccess: true,
    })
    expect(recorded.totalDocs).toBe(0)
    // The same events fixed are applied afterwards.
    expect((await send(signed({ events: [good] }))).status).toBe(200)
  })
})
