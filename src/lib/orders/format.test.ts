import { describe, expect, it } from 'vitest'

import { formatDeliveryWindow } from './format'

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
