import { describe, expect, it } from 'vitest'

import { availability } from './availability'

const office = {
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
  from: '09:00',
  to: '17:30',
  timeZone: 'Europe/Amsterdam',
}

describe('availability', () => {
  it('is available inside the hours, in the staff member’s own time zone', () => {
    // Wednesday 2 Dec 2026, 10:00 in Amsterdam is 09:00 UTC.
    expect(availability(office, new Date('2026-12-02T09:00:00Z'))).toEqual({ available: true })
    expect(availability(office, new Date('2026-12-02T07:59:00Z')).available).toBe(false)
  })

  it('after hours names the next start: tomorrow, or Monday after Friday evening', () => {
    expect(availability(office, new Date('2026-12-02T17:00:00Z'))).toEqual({
      available: false,
      next: { day: 'thu', time: '09:00' },
    })
    expect(availability(office, new Date('2026-12-04T18:00:00Z'))).toEqual({
      available: false,
      next: { day: 'mon', time: '09:00' },
    })
    // Early the same morning: today.
    expect(availability(office, new Date('2026-12-02T06:00:00Z'))).toEqual({
      available: false,
      next: { day: 'wed', time: '09:00' },
    })
  })

  it('no days at all: never available, no next start', () => {
    expect(availability({ days: [] }, new Date())).toEqual({ available: false, next: null })
  })
})
