import { describe, expect, it } from 'vitest'

import { dateTimeFormat, numberFormat } from './formatters'

describe('shared Intl formatters', () => {
  it('gives the same formatter for the same locale and options, another for others', () => {
    const a = dateTimeFormat('nl', { month: 'long', timeZone: 'Europe/Amsterdam' })
    expect(dateTimeFormat('nl', { month: 'long', timeZone: 'Europe/Amsterdam' })).toBe(a)
    expect(dateTimeFormat('de', { month: 'long', timeZone: 'Europe/Amsterdam' })).not.toBe(a)
    expect(dateTimeFormat('nl', { month: 'short', timeZone: 'Europe/Amsterdam' })).not.toBe(a)
    expect(a.format(new Date('2027-03-14T12:00:00Z'))).toBe('maart')
  })

  it('formats numbers per locale and options', () => {
    const eur = numberFormat('de', { style: 'currency', currency: 'EUR' })
    expect(numberFormat('de', { style: 'currency', currency: 'EUR' })).toBe(eur)
    expect(eur.format(1234.5)).toBe('1.234,50\u00a0€')
    expect(numberFormat('de', { style: 'currency', currency: 'CHF' }).format(1)).toContain('CHF')
  })

  it('still refuses an unknown time zone, and caches nothing for it', () => {
    expect(() => dateTimeFormat('en', { timeZone: 'Mars/Olympus_Mons' })).toThrow(RangeError)
    expect(() => dateTimeFormat('en', { timeZone: 'Mars/Olympus_Mons' })).toThrow(RangeError)
  })
})
