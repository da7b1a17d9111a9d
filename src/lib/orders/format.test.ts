import { describe, expect, it } from 'vitest'

import { formatDate, formatDeliveryWindow } from './format'

describe('formatDeliveryWindow', () => {
  it('reads like a person would say it, in each language', () => {
    expect(formatDeliveryWindow('en', '2027-05-01T00:00:00Z', '2027-07-01T00:00:00Z')).toBe(
      'May – July 2027',
    )
    expect(formatDeliveryWindow('nl', '2027-05-01T00:00:00Z', '2027-07-01T00:00:00Z')).toBe(
      'mei – juli 2027',
    )
    expect(formatDeliveryWindow('de', '2027-11-01T00:00:00Z', '2028-02-01T00:00:00Z')).toBe(
      'November 2027 – Februar 2028',
    )
  })

  it('collapses a single month and handles open ends', () => {
    expect(formatDeliveryWindow('en', '2027-05-01T00:00:00Z', '2027-05-20T00:00:00Z')).toBe(
      'May 2027',
    )
    expect(formatDeliveryWindow('en', '2027-05-01T00:00:00Z', null)).toBe('May 2027')
    expect(formatDeliveryWindow('en', null, null)).toBeNull()
  })
})

describe('formatDate', () => {
  it('writes the day in Amsterdam time, in each language, with formatters reused across calls', () => {
    // 23:30 UTC on 31 May is already 1 June in Amsterdam (summer time).
    expect(formatDate('en', '2027-05-31T23:30:00Z')).toBe('June 1, 2027')
    expect(formatDate('nl', '2027-05-31T23:30:00Z')).toBe('1 juni 2027')
    expect(formatDate('de', '2027-05-31T23:30:00Z')).toBe('1. Juni 2027')
    expect(formatDate('en', '2027-12-24T12:00:00Z')).toBe('December 24, 2027')
    expect(formatDate('en', null)).toBe('')
  })

  it('keeps each language apart when the languages alternate', () => {
    const seen = ['de', 'en', 'nl', 'de'].map((l) => formatDate(l, '2027-03-02T10:00:00Z'))
    expect(seen).toEqual(['2. März 2027', 'March 2, 2027', '2 maart 2027', '2. März 2027'])
  })
})
