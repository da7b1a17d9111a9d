import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'

import { AppError } from '@/lib/errors'
import { route } from '@/lib/http/route'
import { logger } from '@/lib/logger'

import { customerHeaders } from './support/identity'
import { buildWorld, type TWorld } from './support/world'

/** The route wrapper (src/lib/http/route.ts), called with Requests as Next calls a route handler. */
const echo = route({
  name: '/test/echo',
  auth: 'public',
  query: z.object({ page: z.coerce.number().int().min(1) }),
  body: z.object({ name: z.string().min(2) }),
  handler: ({ query, body }) => ({ page: query.page, name: body.name }),
})

const SECRET_DETAIL = 'db password hunter2 at /srv/app/src/lib/internal.ts:42'
const broken = route({
  name: '/test/broken',
  auth: 'public',
  handler: () => {
    throw new Error(SECRET_DETAIL)
  },
})

const missing = route({
  name: '/test/missing',
  auth: 'public',
  handler: () => {
    throw new AppError('NOT_FOUND', 'No such order.')
  },
})

const mine = route({
  name: '/test/mine',
  auth: 'customer',
  handler: ({ user }) => ({ id: user?.id }),
})

function post(path: string, body: string, headers: Record<string, string> = {}) {
  return new Request(`http://localhost:3000${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  })
}

async function problem(res: Response) {
  expect(res.headers.get('content-type')).toBe('application/problem+json')
  const body = (await res.json()) as Record<string, unknown>
  expect(body.requestId).toBe(res.headers.get('x-request-id'))
  expect(body.status).toBe(res.status)
  return body
}

let w: TWorld
beforeAll(async () => {
  w = await buildWorld()
})
afterEach(() => vi.restoreAllMocks())

describe('route wrapper', () => {
  it('hands validated input to the handler and answers JSON with a request id, uncached', async () => {
    const res = await echo(post('/test/echo?page=2', JSON.stringify({ name: 'Sophie' })))
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ page: 2, name: 'Sophie' })
    expect(res.headers.get('x-request-id')).toMatch(/^[\w-]{36}$/)
    expect(res.headers.get('cache-control')).toBe('no-store')
  })

  it('answers 400 problem+json naming each invalid field, and keeps a sane incoming request id', async () => {
    const res = await echo(
      post('/test/echo?page=zero', JSON.stringify({ name: 'S' }), {
        'x-request-id': 'lb-1234abcd',
      }),
    )
    expect(res.status).toBe(400)
    const body = await problem(res)
    expect(body).toMatchObject({ type: 'about:blank', title: 'Bad Request', code: 'BAD_REQUEST' })
    expect(body.requestId).toBe('lb-1234abcd')
    expect(body.issues).toEqual([{ path: 'query.page', message: expect.any(String) }])
  })

  it('reports body problems too, and replaces a request id that could smuggle text into logs', async () => {
    const res = await echo(
      post('/test/echo?page=1', JSON.stringify({ name: 'S' }), { 'x-request-id': 'x\u0007y' }),
    )
    const body = await problem(res)
    expect(body.issues).toEqual([{ path: 'body.name', message: expect.any(String) }])
    expect(body.requestId).not.toBe('x\u0007y')
  })

  it('refuses malformed JSON (400) and other media types (415)', async () => {
    const bad = await echo(post('/test/echo?page=1', '{"name": '))
    expect(bad.status).toBe(400)
    expect((await problem(bad)).detail).toMatch(/not valid JSON/)
    const form = await echo(
      post('/test/echo?page=1', 'name=Sophie', {
        'content-type': 'application/x-www-form-urlencoded',
      }),
    )
    expect(form.status).toBe(415)
    await problem(form)
  })

  it('shows an expected error its own message and status', async () => {
    const res = await missing(new Request('http://localhost:3000/test/missing'))
    expect(res.status).toBe(404)
    expect(await problem(res)).toMatchObject({ code: 'NOT_FOUND', detail: 'No such order.' })
  })

  it('answers an unexpected error with a generic 500 — no message, no stack — and logs it under the request id', async () => {
    const log = { error: vi.fn(), warn: vi.fn(), info: vi.fn(), debug: vi.fn() }
    const child = vi.spyOn(logger, 'child').mockReturnValue(log as never)
    const res = await broken(
      new Request('http://localhost:3000/test/broken', {
        headers: { 'x-request-id': 'req-unexpected-1' },
      }),
    )
    expect(res.status).toBe(500)
    const text = await res.clone().text()
    expect(text).not.toContain('hunter2')
    expect(text).not.toMatch(/stack|\/srv\/|\.ts:\d+|at .+\(/)
    expect(await problem(res)).toMatchObject({
      code: 'INTERNAL',
      title: 'Internal Server Error',
      requestId: 'req-unexpected-1',
    })
    expect(child).toHaveBeenCalledWith(
      expect.objectContaining({ requestId: 'req-unexpected-1', route: '/test/broken' }),
    )
    expect(log.error).toHaveBeenCalledWith(
      { err: expect.objectContaining({ message: SECRET_DETAIL }) },
      'route handler failed',
    )
  })

  it('customer mode: 401 without a session, the customer with one, 401 again from a foreign page', async () => {
    const url = 'http://localhost:3000/test/mine'
    const anonymous = await mine(new Request(url))
    expect(anonymous.status).toBe(401)
    expect(await problem(anonymous)).toMatchObject({ code: 'UNAUTHORIZED' })

    const headers = await customerHeaders(w.payload, w.customerA)
    const ok = await mine(new Request(url, { headers }))
    expect(ok.status).toBe(200)
    expect(await ok.json()).toEqual({ id: w.customerA.id })

    const foreign = new Headers(headers)
    foreign.set('origin', 'https://evil.example')
    expect((await mine(new Request(url, { headers: foreign }))).status).toBe(401)
  })
})
