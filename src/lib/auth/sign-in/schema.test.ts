import { describe, expect, it } from 'vitest'

import { safeNextPath, ZSignIn } from '@/lib/auth/sign-in/schema'

describe('safeNextPath', () => {
  it('keeps portal paths and refuses anything that could leave the site', () => {
    expect(safeNextPath('/nl/orders/123e4567-e89b-12d3-a456-426614174000', 'en')).toBe(
      '/nl/orders/123e4567-e89b-12d3-a456-426614174000',
    )
    for (const bad of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      '/admin',
      '/en//evil',
      'javascript:alert(1)',
      undefined,
    ])
      expect(safeNextPath(bad, 'de')).toBe('/de')
  })
})

describe('ZSignIn', () => {
  it('validates locale, email and a bounded password', () => {
    expect(ZSignIn.safeParse({ locale: 'nl', email: 'a@b.example', password: 'x' }).success).toBe(
      true,
    )
    expect(ZSignIn.safeParse({ locale: 'fr', email: 'a@b.example', password: 'x' }).success).toBe(
      false,
    )
    expect(ZSignIn.safeParse({ locale: 'nl', email: 'not-an-email', password: 'x' }).success).toBe(
      false,
    )
    expect(ZSignIn.safeParse({ locale: 'nl', email: 'a@b.example', password: '' }).success).toBe(
      false,
    )
    expect(
      ZSignIn.safeParse({ locale: 'nl', email: 'a@b.example', password: 'x'.repeat(300) }).success,
    ).toBe(false)
  })
})
