import { PDFDocument, StandardFonts } from 'pdf-lib'
import { describe, expect, it } from 'vitest'

import { drawable, wrap } from './pdf-text'

describe('text on the signed PDF', async () => {
  const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica)

  it('keeps what WinAnsi has, folds accents it lacks, and never throws', () => {
    expect(drawable(font, 'Müller-Lüdenscheidt, Señora Ørsted')).toBe(
      'Müller-Lüdenscheidt, Señora Ørsted',
    )
    expect(drawable(font, 'Łukasz Žižka')).toBe('?ukasz Žižka')
    expect(drawable(font, 'Ōtani 大谷')).toBe('Otani ??')
    expect(() => font.encodeText(drawable(font, 'Ђорђе Ћирић'))).not.toThrow()
  })

  it('wraps words within the width', () => {
    const lines = wrap(font, 'word '.repeat(60).trim(), 10, 200)
    expect(lines.length).toBeGreaterThan(1)
    for (const l of lines) expect(font.widthOfTextAtSize(l, 10)).toBeLessThanOrEqual(200)
  })
})
