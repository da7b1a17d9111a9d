import { describe, expect, it } from 'vitest'

import type { StoredFile } from '@/payload-types'

import { fileHeaders } from './file-headers'

const meta = (contentType: string) =>
  ({ id: 'f', sha256: 'abc', contentType, filename: 'x', size: 1 }) as unknown as StoredFile

describe('file headers: framing', () => {
  it('lets our own pages frame an inline PDF of a frameable collection, and nothing else', () => {
    const h = fileHeaders({
      meta: meta('application/pdf'),
      options: { frameable: true },
      download: false,
    })
    expect(h.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(h.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'self'")
  })

  it.each([
    ['a download of a frameable PDF', 'application/pdf', { frameable: true }, true],
    ['a PDF of a collection that is not frameable', 'application/pdf', {}, false],
    ['an image of a frameable collection', 'image/jpeg', { frameable: true }, false],
  ])('refuses every frame for %s', (_, type, options, download) => {
    const h = fileHeaders({ meta: meta(type), options, download })
    expect(h.get('x-frame-options')).toBe('DENY')
    expect(h.get('content-security-policy')).toContain("frame-ancestors 'none'")
  })
})
