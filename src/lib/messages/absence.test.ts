import { describe, expect, it } from 'vitest'

import { absenceProblem, absentUntil, dayIn } from './absence'

const zone = 'Europe/Amsterdam'
// A week at Christmas as the date picker stores it: midnight in Amsterdam, the evening before in UTC.
const christmas = { from: '2026-12-20T23:00:00.000Z', until: '2026-12-27T23:00:00.000Z' }

describe('absentUntil', () => {
  it('covers the first and the last day whole, in the staff member’s time zone', () => {
    // 00:30 in Amsterdam on the 21st is still the 20th in UTC.
    expect(absentUntil(christmas, zone, new Date('2026-12-20T23:30:00Z'))).toBe('2026-12-28')
    // 23:30 in Amsterdam on the 28th is already the 28th, 22:30 UTC.
    expect(absentUntil(christmas, zone, new Date('2026-12-28T22:30:00Z'))).toBe('2026-12-28')
  })

  it('is over the day after the last and has not begun the day before the first', () => {
    expect(absentUntil(christmas, zone, new Date('2026-12-28T23:30:00Z'))).toBeNull()
    expect(absentUntil(christmas, zone, new Date('2026-12-20T22:30:00Z'))).toBeNull()
  })

  it('without a first day has begun; without a last day is no absence', () => {
    expect(absentUntil({ until: christmas.until }, zone, new Date('2026-01-05T10:00:00Z'))).toBe(
      '2026-12-28',
    )
    expect(absentUntil({ from: christmas.from }, zone, new Date('2026-12-24T10:00:00Z'))).toBeNull()
    expect(absentUntil(null, zone, new Date())).toBeNull()
  })

  it('reads an unknown time zone as the factory’s', () => {
    expect(absentUntil(christmas, 'Mars/Olympus', new Date('2026-12-20T23:30:00Z'))).toBe(
      '2026-12-28',
    )
    expect(dayIn('2026-12-20T23:30:00Z', 'Asia/Tokyo')).toBe('2026-12-21')
  })
})

describe('absenceProblem', () => {
  it('accepts no absence, and a first day before or on the last', () => {
    expect(absenceProblem(undefined)).toBeNull()
    expect(absenceProblem({})).toBeNull()
    expect(absenceProblem(christmas)).toBeNull()
    expect(absenceProblem({ from: christmas.from, until: christmas.from })).toBeNull()
  })

  it('refuses a missing last day, a reversed range and a cover without days', () => {
    expect(absenceProblem({ from: christmas.from })).toMatch(/last day/)
    expect(absenceProblem({ from: christmas.until, until: christmas.from })).toMatch(/on or after/)
    expect(absenceProblem({ coveredBy: 'x' })).toMatch(/days/)
  })
})
