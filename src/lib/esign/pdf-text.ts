import type { PDFFont } from 'pdf-lib'

/**
 * Text a standard PDF font can draw: characters outside its WinAnsi set (Ł, Greek, CJK) become
 * their closest unaccented letter or "?", instead of throwing while the signed PDF is built.
 */
export function drawable(font: PDFFont, text: string): string {
  const known = new Set(font.getCharacterSet())
  let out = ''
  for (const ch of text.replace(/[\r\n\t]+/g, ' ')) {
    if (known.has(ch.codePointAt(0)!)) {
      out += ch
      continue
    }
    const plain = ch.normalize('NFD').replace(/\p{M}/gu, '')
    out += [...plain].every((c) => known.has(c.codePointAt(0)!)) && plain ? plain : '?'
  }
  return out
}

/** Words of `text` broken into lines no wider than `width` at `size`. */
export function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of drawable(font, text).split(' ')) {
    const next = line ? `${line} ${word}` : word
    if (font.widthOfTextAtSize(next, size) <= width || !line) line = next
    else {
      lines.push(line)
      line = word
    }
  }
  if (line) lines.push(line)
  return lines
}
