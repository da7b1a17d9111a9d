import { PDFDocument, rgb, StandardFonts } from 'pdf-lib'

/**
 * A small, real PDF for demo data and tests: a title, a few lines and the maker's name, drawn with
 * a standard font (WinAnsi: the demo's Dutch, English and German text only).
 */
export async function simplePdf(args: { title: string; lines?: string[] }): Promise<Buffer> {
  const pdf = await PDFDocument.create()
  pdf.setTitle(args.title)
  pdf.setProducer('Donkervoort portal')
  pdf.setCreationDate(new Date('2026-01-01T00:00:00Z'))
  pdf.setModificationDate(new Date('2026-01-01T00:00:00Z'))
  const page = pdf.addPage([595.28, 841.89]) // A4
  const serif = await pdf.embedFont(StandardFonts.TimesRoman)
  const sans = await pdf.embedFont(StandardFonts.Helvetica)
  page.drawText('DONKERVOORT', { x: 56, y: 780, size: 11, font: sans, color: rgb(0.6, 0.48, 0.3) })
  page.drawText(args.title, { x: 56, y: 730, size: 22, font: serif, color: rgb(0.1, 0.1, 0.1) })
  let y = 690
  for (const line of args.lines ?? []) {
    page.drawText(line, { x: 56, y, size: 11, font: sans, color: rgb(0.2, 0.2, 0.2) })
    y -= 18
  }
  page.drawText('Donkervoort Automobielen B.V. - Lelystad', {
    x: 56,
    y: 48,
    size: 8,
    font: sans,
    color: rgb(0.45, 0.45, 0.45),
  })
  return Buffer.from(await pdf.save())
}
