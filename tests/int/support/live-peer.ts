// An app instance for the live tests and scripts/bench/live.mjs: its own Payload, its own live hub
// (one LISTEN connection) and a plain HTTP server that serves GET /api/live and
// POST /api/chat/messages through the app's own route handlers. It prints {"port":n} once
// listening and {"rss":bytes,"heap":bytes,"streams":n} whenever a line "mem" arrives on stdin.
// Run with tsx.
import http from 'node:http'
import { Readable } from 'node:stream'
import { createInterface } from 'node:readline'

import { getPayload } from 'payload'

import config from '@payload-config'
import { liveRoute } from '@/features/messages/live-route'
import { sendRoute } from '@/features/messages/send-route'
import { liveHub } from '@/lib/live/hub'

// Starting holds the event loop open itself: once in a CI run a start was left waiting on nothing
// that kept the process alive, and Node ended it with code 13 (unsettled top-level await) without a
// word. Now such a start ends after STARTUP_MS with a message saying where it stood, and the
// helper that spawns peers (./live.ts) starts another.
const STARTUP_MS = 60_000
let stage = 'getPayload'
const startup = setInterval(() => {}, 1_000)
const deadline = setTimeout(() => {
  process.stderr.write(`live peer: no start within ${STARTUP_MS} ms (stuck at ${stage})\n`)
  process.exit(75)
}, STARTUP_MS)
const payload = await getPayload({ config })
stage = 'live hub LISTEN'
const hub = liveHub(payload)
for (let i = 0; !hub.listening; i++) {
  if (i > 500) throw new Error('the live hub never started listening')
  await new Promise((r) => setTimeout(r, 10))
}
clearInterval(startup)
clearTimeout(deadline)

const routes: Record<string, (req: Request) => Promise<Response>> = {
  'GET /api/live': liveRoute,
  'POST /api/chat/messages': sendRoute,
}

const server = http.createServer(async (incoming, outgoing) => {
  const url = new URL(incoming.url ?? '/', 'http://localhost:3000')
  const handler = routes[`${incoming.method} ${url.pathname}`]
  if (!handler) return void outgoing.writeHead(404).end()
  const abort = new AbortController()
  outgoing.on('close', () => abort.abort())
  const body = ['GET', 'HEAD'].includes(incoming.method ?? 'GET')
    ? undefined
    : (Readable.toWeb(incoming) as ReadableStream)
  const request = new Request(url, {
    method: incoming.method,
    headers: incoming.headers as Record<string, string>,
    body,
    signal: abort.signal,
    ...(body ? { duplex: 'half' } : {}),
  } as RequestInit)
  const res = await handler(request)
  outgoing.writeHead(res.status, Object.fromEntries(res.headers))
  outgoing.flushHeaders()
  if (!res.body) return void outgoing.end()
  const reader = res.body.getReader()
  abort.signal.addEventListener('abort', () => void reader.cancel().catch(() => {}))
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      outgoing.write(value)
    }
  } catch {}
  outgoing.end()
})
server.keepAliveTimeout = 0
server.listen(0, '127.0.0.1', () => {
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  process.stdout.write(`${JSON.stringify({ port })}\n`)
})

createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() !== 'mem') return
  // Several full collections: one leaves the old space's pages in place, each holding a few live
  // streams among the garbage their sign-ins left (heap size +230 kB per stream while used +15 kB);
  // V8 compacts them over a few, as its memory reducer does on an idle server.
  for (let i = 0; i < 5; i++) globalThis.gc?.()
  const m = process.memoryUsage()
  process.stdout.write(`${JSON.stringify({ rss: m.rss, heap: m.heapUsed, streams: hub.size })}\n`)
})
process.stdin.on('end', () => process.exit(0))
