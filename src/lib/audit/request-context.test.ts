import { describe, expect, it } from 'vitest'

import { requestContextFromHeaders } from './request-context'

describe('requestContextFromHeaders', () => {
  it('takes the first forwarded hop, the browser and the proxy request id', () => {
    const h = new Headers({
      'x-forwarded-for': '203.0.113.7, 10.0.0.1',
      'user-agent': 'Firefox',
      'x-request-id': 'req-0123456789',
    })
    expect(requestContextFromHeaders(h)).toEqual({
      ip: '203.0.113.7',
      userAgent: 'Firefox',
      requestId: 'req-0123456789',
    })
  })

  it('falls back to x-real-ip, and makes up a request id when none (or a bad one) came in', () => {
    const ctx = requestContextFromHeaders(
      new Headers({ 'x-real-ip': '198.51.100.2', 'x-request-id': 'bad id\n' }),
    )
    expect(ctx.ip).toBe('198.51.100.2')
    expect(ctx.requestId).toMatch(/^[0-9a-f-]{36}$/)
    expect(requestContextFromHeaders(undefined)).toMatchObject({ ip: null, userAgent: null })
  })
})
