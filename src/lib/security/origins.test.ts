import { describe, expect, it } from 'vitest'

import { isAllowedOrigin, toOrigin, trustedOrigins } from './origins'

const allowed = trustedOrigins('https://portal.donkervoort.example/', ['http://localhost:3000'])

describe('CSRF origin check', () => {
  it('trusts the public URL and the extra origins, each once', () => {
    expect(allowed).toEqual(['https://portal.donkervoort.example', 'http://localhost:3000'])
    expect(trustedOrigins('http://localhost:3000', ['http://localhost:3000'])).toHaveLength(1)
  })

  it('lets requests without an Origin through (navigations, same-origin GETs, servers)', () => {
    expect(isAllowedOrigin(null, allowed)).toBe(true)
    expect(isAllowedOrigin(undefined, allowed)).toBe(true)
  })

  it('accepts only an exact trusted origin', () => {
    expect(isAllowedOrigin('https://portal.donkervoort.example', allowed)).toBe(true)
    for (const foreign of [
      'https://evil.example',
      'http://portal.donkervoort.example',
      'https://portal.donkervoort.example.evil.example',
      'https://portal.donkervoort.example:8443',
      'null',
      '',
      'not a url',
      'file:///etc/passwd',
    ])
      expect(isAllowedOrigin(foreign, allowed), foreign).toBe(false)
  })

  it('reduces URLs to their origin and refuses other schemes', () => {
    expect(toOrigin('https://a.example:443/path?q')).toBe('https://a.example')
    expect(toOrigin('javascript:alert(1)')).toBeNull()
  })
})
