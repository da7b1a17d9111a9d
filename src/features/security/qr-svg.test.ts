import { describe, expect, it } from 'vitest'

import { newTotpSecret, totpUri } from '@/lib/auth/totp'

import { groupKey, qrSvg } from './qr-svg'

describe('enrolment display', () => {
  it('groups the manual key in fours, losing nothing', () => {
    expect(groupKey('JBSWY3DPEHPK3PXPJBSW')).toBe('JBSW Y3DP EHPK 3PXP JBSW')
    expect(groupKey('ABCDEF')).toBe('ABCD EF')
    const key = newTotpSecret()
    expect(groupKey(key).replace(/ /g, '')).toBe(key)
  })

  it('renders the QR code as plain SVG (no script, no inline style, no external image)', async () => {
    const svg = await qrSvg(totpUri(newTotpSecret(), 'owner@test.example'))
    expect(svg).toMatch(/^<svg[\s>]/)
    expect(svg).not.toMatch(/<script|style=|href=|<image/i)
  })
})
