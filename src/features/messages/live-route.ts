import 'server-only'

import type { Payload } from 'payload'
import { z } from 'zod'

import { isCustomer, type TUser } from '@/access/user'
import { AppError } from '@/lib/errors'
import { route } from '@/lib/http/route'
import { liveHub, type TLiveRow } from '@/lib/live/hub'
import type { TRecipient } from '@/lib/live/publish'
import { messageForReader } from '@/lib/messages/queries'
import { getPayload } from '@/payload/get-payload'

import { ZEventId } from './schema'

const ZQuery = z.object({ lastEventId: ZEventId.optional() })
const encoder = new TextEncoder()
/** A reader who lets this much pile up unread is cut off; their browser reconnects and catches up. */
const MAX_BACKLOG_BYTES = 1024 * 1024

/**
 * GET /api/live: this person's Server-Sent Events stream (customers and staff). Events come
 * through the process's one LISTEN connection (src/lib/live/hub.ts), so a message posted on any
 * app instance arrives here. Each event is read again as this reader before it is sent — a
 * message through the messages read rule — so an internal note never reaches a customer, even
 * if one were addressed to them. `Last-Event-ID` (or `?lastEventId=` for the first connect of a
 * page rendered at that event) replays exactly what came after it.
 */
export const liveRoute = route({
  name: '/api/live',
  auth: 'signed-in',
  query: ZQuery,
  handler: async ({ req, query, user }) => {
    const payload = await getPayload()
    const header = req.headers.get('last-event-id')
    const parsed = header === null ? null : ZEventId.safeParse(header.trim())
    if (parsed && !parsed.success)
      throw new AppError('BAD_REQUEST', 'Last-Event-ID is not an event id.')
    const hub = liveHub(payload)
    const recipient: TRecipient = isCustomer(user) ? `c:${user.id}` : `s:${user.id}`
    const lastId = parsed?.data ?? query.lastEventId ?? (await hub.latestId(recipient))

    let unsubscribe = () => {}
    const body = new ReadableStream<Uint8Array>(
      {
        start(controller) {
          const end = () => {
            unsubscribe()
            try {
              controller.close()
            } catch {}
          }
          const write = (text: string) => {
            if ((controller.desiredSize ?? 0) < -MAX_BACKLOG_BYTES) return end()
            try {
              controller.enqueue(encoder.encode(text))
            } catch {
              unsubscribe()
            }
          }
          write(`retry: 3000\n\n`)
          unsubscribe = hub.subscribe({
            recipient,
            lastId,
            write,
            render: (row) => renderEvent(payload, user, row),
          })
          write(`event: ready\ndata: ${JSON.stringify({ lastEventId: lastId })}\n\n`)
          req.signal.addEventListener('abort', end, { once: true })
        },
        cancel() {
          unsubscribe()
        },
      },
      { highWaterMark: 0 },
    )
    return new Response(body, {
      headers: {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'private, no-store, no-transform',
        'x-accel-buffering': 'no',
      },
    })
  },
})

/** The SSE text of a stored event for this reader; null when it is not theirs to see. */
async function renderEvent(payload: Payload, user: TUser, row: TLiveRow): Promise<string | null> {
  let data: unknown = row.data
  if (row.type === 'message') {
    data = await messageForReader({
      payload,
      user,
      id: String(row.data.message),
      conversation: row.data.conversation ? String(row.data.conversation) : null,
    })
    if (!data) return null
  }
  return `event: ${row.type}\ndata: ${JSON.stringify(data)}\n\n`
}
