// One structured log line and one metric per HTTP request, for everything the portal serves:
// pages, our route handlers, Payload's REST and GraphQL, the admin and static files. It wraps the
// Next request handler in the production server (scripts/lib/server.mjs), the only place that sees
// every request's start and end. Code inside Next adds who the user was through the request
// context below (src/lib/http/request-context.ts reads the same global).
import { AsyncLocalStorage } from 'node:async_hooks'
import { randomUUID } from 'node:crypto'

import pino from 'pino'
import { Counter, Histogram, Registry } from 'prom-client'

import { CLIENT_IP_HEADER, clientIp } from './client-ip.mjs'

/** Shared with the app bundle by name: one store per request ({ requestId, userType, userId }). */
const CONTEXT_KEY = Symbol.for('donkervoort.portal.request-context')
/** Collected by /api/metrics next to the app's own registry. */
const REGISTRY_KEY = Symbol.for('donkervoort.portal.server-metrics')

const REQUEST_ID = /^[\w.-]{8,128}$/

/**
 * A coarse, bounded name for where a request went (a metric label must not carry ids).
 * @param {string} path
 */
export function areaOf(path) {
  if (path.startsWith('/_next/')) return 'static'
  if (path === '/admin' || path.startsWith('/admin/')) return 'admin'
  if (path === '/api/graphql' || path.startsWith('/api/graphql')) return 'graphql'
  if (/^\/api\/(health|ready|metrics)$/.test(path)) return 'ops'
  if (path.startsWith('/api/auth/') || path.startsWith('/api/account/')) return 'auth-api'
  if (path.startsWith('/api/')) return 'payload-rest'
  if (/\.[a-z0-9]+$/i.test(path)) return 'static'
  return 'page'
}

/**
 * The path without its query string (tokens travel in queries, e.g. account links) and with
 * ids replaced, so log lines group by route and never hold a secret.
 * @param {string | undefined} url
 */
export function routeOf(url) {
  const path = (url ?? '/').split('?')[0].split('#')[0]
  return path
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, ':id')
    .replace(/\/\d+(?=\/|$)/g, '/:n')
    .slice(0, 200)
}

/**
 * @param {{ level?: string, destination?: import('pino').DestinationStream, trustedProxyHops?: number }} [opts]
 */
export function createAccessLog({ level = 'info', destination, trustedProxyHops = 0 } = {}) {
  const log = pino(
    { level, base: { service: 'portal' }, timestamp: pino.stdTimeFunctions.isoTime },
    // stdout written in 4 kB batches off the request path: a synchronous write per request
    // blocks the event loop whenever the reader of stdout is slow. pino flushes what is left
    // when the process exits.
    destination ?? pino.destination({ dest: 1, sync: false, minLength: 4096 }),
  )
  const storage = new AsyncLocalStorage()
  globalThis[CONTEXT_KEY] = storage

  const registry = new Registry()
  registry.setDefaultLabels({ service: 'portal' })
  globalThis[REGISTRY_KEY] = registry
  const requests = new Counter({
    name: 'http_server_requests_total',
    help: 'Every HTTP request the server answered, by area (page, admin, payload-rest, graphql, auth-api, ops, static).',
    labelNames: ['area', 'method', 'status'],
    registers: [registry],
  })
  const duration = new Histogram({
    name: 'http_server_request_duration_seconds',
    help: 'Time from request to the last byte of the answer, by area.',
    labelNames: ['area', 'method'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  })

  /**
   * Wraps a Node request listener.
   * @param {import('node:http').RequestListener} handler
   * @returns {import('node:http').RequestListener}
   */
  return function withAccessLog(handler) {
    return (req, res) => {
      const started = process.hrtime.bigint()
      const incoming = req.headers['x-request-id']
      const requestId =
        typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID()
      // The proxy, our route wrapper and the error pages all reuse this id.
      req.headers['x-request-id'] = requestId
      res.setHeader('x-request-id', requestId)
      // The client's address as far as our trusted proxies vouch for it (scripts/lib/client-ip.mjs).
      delete req.headers[CLIENT_IP_HEADER]
      const ip = clientIp({
        remoteAddress: req.socket.remoteAddress,
        forwardedFor: req.headers['x-forwarded-for'],
        trustedHops: trustedProxyHops,
      })
      if (ip) req.headers[CLIENT_IP_HEADER] = ip
      const context = { requestId, userType: null, userId: null }
      const path = (req.url ?? '/').split('?')[0]
      const area = areaOf(path)
      res.on('close', () => {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9
        const status = res.writableFinished ? res.statusCode : 499
        const method = req.method ?? 'GET'
        requests.inc({ area, method, status: String(status) })
        duration.observe({ area, method }, seconds)
        if (area === 'static' && status < 400) return // one line per page, not per asset
        log.info(
          {
            requestId,
            method,
            route: routeOf(req.url),
            area,
            status,
            durationMs: Math.round(seconds * 10_000) / 10,
            userType: context.userType,
            userId: context.userId,
          },
          'request',
        )
      })
      storage.run(context, () => handler(req, res))
    }
  }
}
