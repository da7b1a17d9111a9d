import { describe, expect, it } from 'vitest'

import { contentDisposition } from './content-disposition'

describe('contentDisposition', () => {
  it('ASCII names are a plain quoted filename', () => {
    expect(contentDisposition('F22 brochure.pdf')).toBe('inline; filename="F22 brochure.pdf"')
    expect(contentDisposition('a.jpg', 'attachment')).toBe('attachment; filename="a.jpg"')
  })

  it('non-ASCII names add an RFC 5987 filename* and keep an ASCII fallback', () => {
    expect(contentDisposition('Überführung – Lelystad.jpg', 'attachment')).toBe(
      `attachment; filename="Uberfuhrung _ Lelystad.jpg"; filename*=UTF-8''%C3%9Cberf%C3%BChrung%20%E2%80%93%20Lelystad.jpg`,
    )
    expect(contentDisposition('車.png')).toBe(
      `inline; filename="_.png"; filename*=UTF-8''%E8%BB%8A.png`,
    )
  })

  it('quotes, backslashes and control characters cannot break out of the header', () => {
    const v = contentDisposition('a"b\\c\r\nSet-Cookie: x.txt')
    expect(v).not.toMatch(/[\r\n]/)
    expect(v).toBe(
      `inline; filename="a_b_cSet-Cookie: x.txt"; filename*=UTF-8''a%22b%5CcSet-Cookie%3A%20x.txt`,
    )
    expect(contentDisposition('')).toBe('inline; filename="file"')
  })

  it("attr-chars RFC 5987 excludes ('()*!) are percent-encoded", () => {
    expect(contentDisposition("é'(x)*!.txt")).toContain(
      `filename*=UTF-8''%C3%A9%27%28x%29%2A%21.txt`,
    )
  })
})
