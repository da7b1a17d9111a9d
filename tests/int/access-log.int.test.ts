import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Writable } from 'node:stream'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createMetricsRoute } from '@/features/metrics/metrics-route'
import { noteRequestUser } from '@/lib/http/request-context'

import { areaOf, createAccessLog, routeOf } from '../../scripts/lib/access-log.mjs'

// The production server's access log (scripts/lib/access-log.mjs) around a small handler standing
// in for Next: a real HTTP server, real requests, the log lines read back as JSON.
const lines: Record<string, unknown>[] = []
const sink = new Writable({
  write(chunk, _enc, done) {
    for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line))
    done()
  },
})

let server: http.Server
let base: string

beforeAll(async () => {
  const withAccessLog = createAccessLog({ level: 'info', destination: sink })
  server = http.createServer(
    withAccessLog(async (req, res) => {
      // Inside the request, as the session strategy would after a lookup.
      await new Promise((r) => setTimeout(r, 5))
      if (req.url?.startsWith('/en/orders')) noteRequestUser({ collection: 'customers', id: 'c-1' })
      if (req.url?.startsWith('/api/customers')) noteRequestUser({ collection: 'staff', id: 's-9' })
      res.statusCode = req.url?.includes('missing') ? 404 : 200
      res.setHeader('x-seen-client-ip', String(req.headers['x-portal-client-ip']))
      res.end(req.headers['x-request-id'])
    }),
  )
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise<void>((r) => server.close(() => r())))

const lastLine = async () => {
  await new Promise((r) => setTimeout(r, 20))
  return lines.at(-1) as Record<string, unknown>
}

describe('access log', () => {
  it('writes one line per request with id, route, status, duration and the user', async () => {
    const res = await fetch(
      `${base}/en/orders/0a3e7a52-5b0e-4f57-9c43-2d0d8e3f1a11?token=secret-token-value`,
    )
    const id = res.headers.get('x-request-id')
    expect(id).toMatch(/^[0-9a-f-]{36}$/)
    expect(await res.text()).toBe(id) // the app sees the same id the client gets
    const line = await lastLine()
    expect(line).toMatchObject({
      msg: 'request',
      requestId: id,
      method: 'GET',
      route: '/en/orders/:id',
      area: 'page',
      status: 200,
      userType: 'customer',
      userId: 'c-1',
    })
    expect(line.durationMs as number).toBeGreaterThan(0)
    expect(JSON.stringify(line)).not.toContain('secret-token-value')
  })

  it('covers Payload REST with the staff user, and keeps a well-formed upstream id', async () => {
    const res = await fetch(`${base}/api/customers?limit=5`, {
      headers: { 'x-request-id': 'upstream-id-1234' },
    })
    expect(res.headers.get('x-request-id')).toBe('upstream-id-1234')
    expect(await lastLine()).toMatchObject({
      requestId: 'upstream-id-1234',
      area: 'payload-rest',
      route: '/api/customers',
      userType: 'staff',
      userId: 's-9',
    })
  })

  it('replaces a request id that could smuggle text into the logs', async () => {
    const res = await fetch(`${base}/admin`, { headers: { 'x-request-id': 'bad id\twith tab' } })
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    expect(await lastLine()).toMatchObject({ area: 'admin', userType: null, userId: null })
  })

  it('sets the client address from the connection and drops one a client sends', async () => {
    const res = await fetch(`${base}/en`, {
      headers: { 'x-portal-client-ip': '6.6.6.6', 'x-forwarded-for': '7.7.7.7' },
    })
    expect(res.headers.get('x-seen-client-ip')).toBe('127.0.0.1')
  })

  it('logs failed static requests but not every asset that loads', async () => {
    const before = lines.length
    await fetch(`${base}/_next/static/chunks/app.js`)
    await new Promise((r) => setTimeout(r, 20))
    expect(lines.length).toBe(before)
    await fetch(`${base}/_next/static/missing.js`)
    expect(await lastLine()).toMatchObject({ area: 'static', status: 404 })
  })
})

describe('metrics', () => {
  it('/api/metrics includes every request the server answered, by area', async () => {
    const token = 'a-metrics-token-for-this-test-0001'
    const res = await createMetricsRoute(() => token)(
      new Request('http://localhost:3000/api/metrics', {
        headers: { authorization: `Bearer ${token}` },
      }),
    )
    const text = await res.text()
    expect(text).toMatch(/http_server_requests_total\{[^}]*area="payload-rest"[^}]*status="200"/)
    expect(text).toMatch(/http_server_requests_total\{[^}]*area="static"[^}]*status="404"/)
    expect(text).toContain('http_server_request_duration_seconds_bucket')
    // The app's own registry is still there.
    expect(text).toContain('process_uptime_seconds')
  })
})

describe('route and area names', () => {
  it('groups by route without ids or query strings', () => {
    expect(routeOf('/api/orders/0a3e7a52-5b0e-4f57-9c43-2d0d8e3f1a11?depth=2')).toBe(
      '/api/orders/:id',
    )
    expect(routeOf('/en/set-password?token=abc')).toBe('/en/set-password')
    expect(routeOf('/api/audit-log/1234')).toBe('/api/audit-log/:n')
  })

  it('names a bounded set of areas', () => {
    expect(areaOf('/api/graphql')).toBe('graphql')
    expect(areaOf('/api/health')).toBe('ops')
    expect(areaOf('/api/auth/passkeys/register')).toBe('auth-api')
    expect(areaOf('/api/staff/login')).toBe('payload-rest')
    expect(areaOf('/admin/collections/customers')).toBe('admin')
    expect(areaOf('/brand/mark.svg')).toBe('static')
    expect(areaOf('/de/account/security')).toBe('page')
  })
})
