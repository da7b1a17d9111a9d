import { describe, expect, it } from 'vitest'

import { decide, windowStart } from './window'

const rule = { limit: 5, windowSeconds: 60 }

describe('rate-limit window arithmetic', () => {
  it('aligns windows to their length', () => {
    const now = new Date(Date.UTC(2026, 10, 24, 12, 0, 42, 500))
    expect(windowStart(now, 60).toISOString()).toBe('2026-11-24T12:00:00.000Z')
    expect(windowStart(now, 900).toISOString()).toBe('2026-11-24T12:00:00.000Z')
    expect(windowStart(new Date(Date.UTC(2026, 10, 24, 12, 14, 59)), 900).toISOString()).toBe(
      '2026-11-24T12:00:00.000Z',
    )
  })

  it('allows up to the limit and refuses the next attempt', () => {
    const start = new Date(Date.UTC(2026, 10, 24, 12, 0, 0))
    const now = new Date(start.getTime() + 20_000)
    expect(decide(1, start, rule, now)).toEqual({ allowed: true })
    expect(decide(5, start, rule, now)).toEqual({ allowed: true })
    expect(decide(6, start, rule, now)).toEqual({ allowed: false, retryAfterSeconds: 40 })
  })

  it('says to retry when the window ends, never less than a second', () => {
    const start = new Date(Date.UTC(2026, 10, 24, 12, 0, 0))
    expect(decide(9, start, rule, new Date(start.getTime() + 59_001))).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
    })
    expect(decide(9, start, rule, new Date(start.getTime() + 60_000))).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
    })
    expect(decide(9, start, rule, new Date(start.getTime() + 500))).toEqual({
      allowed: false,
      retryAfterSeconds: 60,
    })
  })
})
