import { readFile } from 'node:fs/promises'
import path from 'node:path'

import fontkit from '@pdf-lib/fontkit'
import { PDFDocument, rgb } from 'pdf-lib'
import QRCode from 'qrcode'

import { formatEventTime } from './format-time'
import { ticketTokenForPrint } from './ticket-token'

// Committed with the code (DejaVu, free licence): the standard PDF fonts cannot write "Ł" or "ő".
const FONT_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), 'src/lib/events/fonts')
const fonts = () =>
  Promise.all([
    readFile(path.join(FONT_DIR, 'DejaVuSans.ttf')),
    readFile(path.join(FONT_DIR, 'DejaVuSerif.ttf')),
  ])

export type TTicketPdfInput = {
  labels: {
    ticket: string
    when: string
    where: string
    guests: string
    code: string
    holder: string
  }
  title: string
  holder: string
  guestNames: string[]
  startsAt: string
  endsAt: string
  timeZone: string
  locale: string
  venue: string
  address: string
  token: string
}

const GOLD = rgb(0.66, 0.55, 0.36)
const INK = rgb(0.1, 0.1, 0.1)
const GREY = rgb(0.4, 0.4, 0.4)

/**
 * One A5 ticket: the event, who comes (holder and guests), the time in the event's own zone, the
 * place, and a QR code with the signed ticket token, printed beneath for typing.
 */
export async function ticketPdf(t: TTicketPdfInput): Promise<Buffer> {
  const pdf = await PDFDocument.create()
  pdf.registerFontkit(fontkit)
  pdf.setTitle(`${t.labels.ticket} – ${t.title}`)
  pdf.setProducer('Donkervoort portal')
  const [sansBytes, serifBytes] = await fonts()
  const sans = await pdf.embedFont(sansBytes, { subset: true })
  const serif = await pdf.embedFont(serifBytes, { subset: true })
  const page = pdf.addPage([419.53, 595.28]) // A5
  const x = 40
  let y = 550
  const line = (text: string, size: number, font = sans, color = INK, gap = size + 8) => {
    page.drawText(text, { x, y, size, font, color, maxWidth: 340, lineHeight: size + 3 })
    y -= gap
  }
  line('DONKERVOORT', 10, sans, GOLD, 34)
  line(t.labels.ticket.toUpperCase(), 9, sans, GREY, 18)
  line(t.title, 20, serif, INK, 36)
  line(t.labels.when, 8, sans, GREY, 13)
  line(formatEventTime({ ...t, zone: t.timeZone }), 10, sans, INK, 26)
  line(t.labels.where, 8, sans, GREY, 13)
  line(t.venue, 10)
  for (const part of t.address.split('\n').filter(Boolean)) line(part, 10, sans, INK, 14)
  y -= 12
  line(t.labels.holder, 8, sans, GREY, 13)
  line(t.holder, 10)
  if (t.guestNames.length) {
    line(t.labels.guests, 8, sans, GREY, 13)
    for (const name of t.guestNames) line(name, 10, sans, INK, 14)
  }
  const png = await QRCode.toBuffer(t.token, { errorCorrectionLevel: 'M', margin: 1, width: 360 })
  const qr = await pdf.embedPng(png)
  page.drawImage(qr, { x: 259.5, y: 60, width: 120, height: 120 })
  page.drawText(t.labels.code, { x, y: 100, size: 8, font: sans, color: GREY })
  page.drawText(ticketTokenForPrint(t.token), { x, y: 84, size: 9, font: sans, color: INK })
  page.drawLine({ start: { x, y: 44 }, end: { x: 379.5, y: 44 }, thickness: 0.5, color: GOLD })
  page.drawText('Donkervoort Automobielen B.V. · Lelystad', {
    x,
    y: 30,
    size: 7,
    font: sans,
    color: GREY,
  })
  return Buffer.from(await pdf.save())
}
