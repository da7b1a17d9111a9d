import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { env } from '@/lib/env'
import { simplePdf } from '@/seed/pdf'
import { createAttachment, createConversation, newClientId } from '@/seed/message-factories'

import { customerHeaders, staffHeaders } from './support/identity'
import { dataOf, openStream, startPeer, type TPeer } from './support/live'
import { buildWorld, type TWorld } from './support/world'
import type { TSseEvent } from '../../scripts/lib/sse-client.mjs'

// Two app instances (tests/int/support/live-peer.ts: each its own Payload and live hub) on the
// test database: what is posted to A must reach streams held by B, only through PostgreSQL.
let w: TWorld
let payload: Payload
let a: TPeer
let b: TPeer
let customer: Headers
let manager: Headers
let conversation = ''

beforeAll(async () => {
  w = await buildWorld()
  payload = w.payload
  conversation = (await createConversation(payload, w.customerA.id)).id
  ;[customer, manager] = await Promise.all([
    customerHeaders(payload, w.customerA),
    staffHeaders(payload, w.managerA),
  ])
  ;[a, b] = await Promise.all([
    startPeer({ LIVE_HEARTBEAT_SECONDS: '1' }),
    startPeer({ LIVE_HEARTBEAT_SECONDS: '1' }),
  ])
}, 180_000)

afterAll(() => {
  for (const p of [a, b]) if (p && p.child.exitCode === null) p.child.kill()
})

type TMsg = {
  id: string
  body: string
  internal: boolean
  clientId: string
  conversation: string
  senderName: string | null
}

async function send(peer: TPeer, headers: Headers, body: Record<string, unknown>) {
  const h = new Headers(headers)
  h.set('content-type', 'application/json')
  h.set('origin', env.PUBLIC_URL)
  const res = await fetch(`${peer.url}/api/chat/messages`, {
    method: 'POST',
    headers: h,
    body: JSON.stringify({ clientId: newClientId(), ...body }),
  })
  return { status: res.status, json: (await res.json()) as { message: TMsg; duplicate: boolean } }
}

const staffSay = (text: string, extra: Record<string, unknown> = {}) =>
  send(a, manager, { conversation, body: text, ...extra })

const isMessage = (text: string) => (e: TSseEvent) =>
  e.event === 'message' && dataOf<TMsg>(e).body === text

describe('live messages across app instances', () => {
  it('a message posted to instance A reaches subscribers on instance B; a note only staff', async () => {
    const cs = await openStream(`${b.url}/api/live`, customer)
    const ms = await openStream(`${b.url}/api/live`, manager)
    expect([cs.status, ms.status]).toEqual([200, 200])
    await Promise.all([
      cs.waitFor((e) => e.event === 'ready'),
      ms.waitFor((e) => e.event === 'ready'),
    ])

    const hello = `Hello ${randomBytes(4).toString('hex')}`
    const sent = await staffSay(hello)
    expect(sent.status).toBe(201)
    const got = dataOf<TMsg>(await cs.waitFor(isMessage(hello)))
    expect(got.id).toBe(sent.json.message.id)
    // The answer and the event both name the conversation and the staff sender.
    for (const m of [sent.json.message, got]) {
      expect([m.conversation, m.senderName]).toEqual([conversation, w.managerA.name])
    }
    await ms.waitFor(isMessage(hello))

    const note = `internal ${randomBytes(4).toString('hex')}`
    expect((await staffSay(note, { internal: true })).status).toBe(201)
    await ms.waitFor(isMessage(note))
    // The customer's own message comes after the note: once it is there, the note would have been.
    const reply = `reply ${randomBytes(4).toString('hex')}`
    expect((await send(a, customer, { body: reply })).status).toBe(201)
    await cs.waitFor(isMessage(reply))
    await ms.waitFor(isMessage(reply))
    expect(cs.events.map((e) => e.data).join('\n')).not.toContain(note)
    expect(cs.events.filter((e) => e.event === 'message').map((e) => dataOf<TMsg>(e).body)).toEqual(
      [hello, reply],
    )
    // Heartbeats keep the stream open (1 s in these peers).
    await new Promise((r) => setTimeout(r, 1500))
    expect(cs.comments).toBeGreaterThan(0)
    await Promise.all([cs.close(), ms.close()])
  })

  it('a reconnect with Last-Event-ID replays exactly the missed messages, notes excluded', async () => {
    const first = await openStream(`${b.url}/api/live`, customer)
    await first.waitFor((e) => e.event === 'ready')
    const tag = randomBytes(4).toString('hex')
    await staffSay(`one ${tag}`)
    await staffSay(`two ${tag}`)
    const two = await first.waitFor(isMessage(`two ${tag}`))
    await first.close()

    await staffSay(`three ${tag}`)
    await staffSay(`hidden ${tag}`, { internal: true })
    await staffSay(`four ${tag}`)

    const headers = new Headers(customer)
    headers.set('last-event-id', two.id!)
    const again = await openStream(`${b.url}/api/live`, headers)
    await again.waitFor(isMessage(`four ${tag}`))
    await staffSay(`five ${tag}`)
    await again.waitFor(isMessage(`five ${tag}`))
    const bodies = again.events
      .filter((e) => e.event === 'message')
      .map((e) => dataOf<TMsg>(e).body)
    expect(bodies).toEqual([`three ${tag}`, `four ${tag}`, `five ${tag}`])
    const ids = again.events.filter((e) => e.id).map((e) => BigInt(e.id!))
    expect(ids.every((id, i) => id > BigInt(two.id!) && (i === 0 || id > ids[i - 1]))).toBe(true)
    await again.close()
  })

  it('a retried send never writes the message twice, also when both arrive at once', async () => {
    const clientId = newClientId()
    const body = { clientId, body: `once ${clientId}` }
    const first = await send(a, customer, body)
    const retry = await send(b, customer, body)
    expect([first.status, first.json.duplicate, retry.status, retry.json.duplicate]).toEqual([
      201,
      false,
      200,
      true,
    ])
    expect(retry.json.message.id).toBe(first.json.message.id)
    expect(retry.json.message.conversation).toBe(first.json.message.conversation)

    // With an attachment, the retry meets the attachment's check first (it is in the first
    // message already): still the first message, still once.
    const pdf = await createAttachment(payload, {
      conversation,
      from: { customer: w.customerA.id },
      file: {
        data: await simplePdf({ title: 'Retry' }),
        name: 'retry.pdf',
        mimetype: 'application/pdf',
      },
    })
    const withFile = { clientId: newClientId(), body: 'with a file', attachments: [pdf.id] }
    const sentFile = await send(a, customer, withFile)
    const retryFile = await send(b, customer, withFile)
    expect([sentFile.status, retryFile.status, retryFile.json.duplicate]).toEqual([201, 200, true])
    expect(retryFile.json.message.id).toBe(sentFile.json.message.id)

    const racing = { clientId: newClientId(), body: 'race' }
    const both = await Promise.all([send(a, customer, racing), send(b, customer, racing)])
    expect(both.map((r) => r.json.message.id)[0]).toBe(both[1].json.message.id)
    const stored = await payload.count({
      collection: 'messages',
      where: { clientId: { in: [clientId, withFile.clientId, racing.clientId] } },
      overrideAccess: true,
    })
    expect(stored.totalDocs).toBe(3)
  })

  it('nobody signed in gets no stream; bad input is problem+json', async () => {
    const anon = await fetch(`${b.url}/api/live`)
    expect(anon.status).toBe(401)
    expect(anon.headers.get('content-type')).toContain('application/problem+json')
    const bad = new Headers(customer)
    bad.set('last-event-id', 'abc')
    expect((await fetch(`${b.url}/api/live`, { headers: bad })).status).toBe(400)
    const empty = await send(a, customer, { body: '   ' })
    expect(empty.status).toBe(400)
    const foreign = await createConversation(payload, w.customerB.id)
    expect((await send(a, manager, { conversation: foreign.id, body: 'x' })).status).toBe(404)
  })
})
