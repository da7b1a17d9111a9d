import { describe, expect, it } from 'vitest'

import { safeSsoNext } from '@/lib/auth/sso/safe-next'

describe('safeSsoNext', () => {
  it('keeps portal paths for customers', () => {
    expect(safeSsoNext('/nl/orders/abc-123', 'customers', 'en')).toBe('/nl/orders/abc-123')
    expect(safeSsoNext('/de', 'customers', 'en')).toBe('/de')
  })

  it('keeps back-office paths for staff', () => {
    expect(safeSsoNext('/admin/collections/orders', 'staff', 'en')).toBe(
      '/admin/collections/orders',
    )
  })

  it.each([
    'https://evil.example/',
    '//evil.example',
    '/\\evil.example',
    '/nl//evil.example',
    '/nl/\\evil',
    'javascript:alert(1)',
    '/fr/orders',
    '/admin',
    '/nl/%2F%2Fevil',
    '/nl/orders\n',
    '',
    `/nl/${'a'.repeat(400)}`,
  ])('sends a customer to the home page instead of %j', (next) => {
    expect(safeSsoNext(next, 'customers', 'de')).toBe('/de')
  })

  it.each(['/nl', 'https://evil.example/admin', '//evil/admin', '/admin/../x', '/administrator'])(
    'sends staff to /admin instead of %j',
    (next) => {
      expect(safeSsoNext(next, 'staff', 'en')).toBe('/admin')
    },
  )

  it('falls back when there is no next', () => {
    expect(safeSsoNext(undefined, 'customers', 'nl')).toBe('/nl')
    expect(safeSsoNext(null, 'staff', 'nl')).toBe('/admin')
  })
})
