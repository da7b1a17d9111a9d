import { describe, expect, it } from 'vitest'

import { lastDigestSlot } from './digest-slot'

describe('lastDigestSlot', () => {
  it('daily: today’s hour once it has passed, else yesterday’s, in the customer’s zone', () => {
    // 09:30 in Amsterdam (UTC+1 in winter): today 08:00 local = 07:00 UTC.
    expect(
      lastDigestSlot({
        now: new Date('2026-12-02T08:30:00Z'),
        timeZone: 'Europe/Amsterdam',
        mode: 'daily',
        hour: 8,
      }).toISOString(),
    ).toBe('2026-12-02T07:00:00.000Z')
    // 07:30 in Amsterdam: not yet, so yesterday's.
    expect(
      lastDigestSlot({
        now: new Date('2026-12-02T06:30:00Z'),
        timeZone: 'Europe/Amsterdam',
        mode: 'daily',
        hour: 8,
      }).toISOString(),
    ).toBe('2026-12-01T07:00:00.000Z')
  })

  it('follows summer time', () => {
    expect(
      lastDigestSlot({
        now: new Date('2026-07-01T12:00:00Z'),
        timeZone: 'Europe/Amsterdam',
        mode: 'daily',
        hour: 8,
      }).toISOString(),
    ).toBe('2026-07-01T06:00:00.000Z')
  })

  it('weekly: the last Monday at that hour', () => {
    // Wednesday 2 December 2026; the Monday before is 30 November.
    expect(
      lastDigestSlot({
        now: new Date('2026-12-02T12:00:00Z'),
        timeZone: 'America/New_York',
        mode: 'weekly',
        hour: 8,
      }).toISOString(),
    ).toBe('2026-11-30T13:00:00.000Z')
  })
})
