import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib'

import { drawable, wrap } from './pdf-text'
import type { TCertificate } from './types'

const A4: [number, number] = [595.28, 841.89]
const MARGIN = 56
const GOLD = rgb(0.6, 0.48, 0.3)
const INK = rgb(0.12, 0.12, 0.12)
const GREY = rgb(0.42, 0.42, 0.42)

type TFonts = { sans: PDFFont; bold: PDFFont; script: PDFFont }

/** A page writer that starts a new A4 page whenever the next line would not fit. */
function writer(pdf: PDFDocument, fonts: TFonts, heading: string) {
  let page: PDFPage
  let y = 0
  const newPage = () => {
    page = pdf.addPage(A4)
    page.drawText('DONKERVOORT', { x: MARGIN, y: 790, size: 10, font: fonts.sans, color: GOLD })
    page.drawText(drawable(fonts.bold, heading), {
      x: MARGIN,
      y: 760,
      size: 16,
      font: fonts.bold,
      color: INK,
    })
    y = 730
  }
  newPage()
  const need = (h: number) => {
    if (y - h < MARGIN) newPage()
  }
  const line = (text: string, opts: { size?: number; bold?: boolean; color?: typeof INK } = {}) => {
    const size = opts.size ?? 9
    const font = opts.bold ? fonts.bold : fonts.sans
    for (const l of wrap(font, text, size, A4[0] - 2 * MARGIN)) {
      need(size + 4)
      page.drawText(l, { x: MARGIN, y, size, font, color: opts.color ?? INK })
      y -= size + 4
    }
  }
  const gap = (h = 8) => void (y -= h)
  return {
    line,
    gap,
    need,
    get page() {
      return page
    },
    get y() {
      return y
    },
    set y(v: number) {
      y = v
    },
  }
}

/**
 * Appends the signature page (each signer's signature, name and time) and the audit certificate
 * (every event with time, identity, IP, user agent and the document hash) to the original's pages.
 * All times are UTC.
 */
export async function appendCertificatePages(pdf: PDFDocument, c: TCertificate): Promise<void> {
  const fonts: TFonts = {
    sans: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
    script: await pdf.embedFont(StandardFonts.TimesRomanItalic),
  }
  const sig = writer(pdf, fonts, 'Signatures')
  sig.line(c.title, { size: 11 })
  sig.line(`Signature request ${c.requestId}`, { color: GREY })
  sig.gap(16)
  for (const s of c.signers) {
    sig.need(130)
    sig.line(s.role === 'customer' ? 'Customer' : 'On behalf of Donkervoort', {
      bold: true,
      color: GOLD,
    })
    const boxTop = sig.y
    sig.page.drawRectangle({
      x: MARGIN,
      y: boxTop - 70,
      width: 260,
      height: 66,
      borderColor: GREY,
      borderWidth: 0.5,
    })
    if (s.signaturePng) {
      const img = await pdf.embedPng(s.signaturePng)
      const scale = Math.min(250 / img.width, 56 / img.height, 1)
      sig.page.drawImage(img, {
        x: MARGIN + 5,
        y: boxTop - 65,
        width: img.width * scale,
        height: img.height * scale,
      })
    } else if (s.legalName) {
      sig.page.drawText(drawable(fonts.script, s.legalName), {
        x: MARGIN + 10,
        y: boxTop - 45,
        size: 22,
        font: fonts.script,
        color: INK,
      })
    }
    sig.y = boxTop - 84
    sig.line(`Name: ${s.legalName ?? s.name}`)
    sig.line(`Email: ${s.email}`)
    sig.line(`Signed: ${s.signedAt ?? '-'} (UTC)   IP: ${s.ip ?? '-'}`)
    sig.line(`Signature: ${s.signatureKind ?? '-'}`, { color: GREY })
    sig.gap(14)
  }

  const audit = writer(pdf, fonts, 'Audit certificate')
  audit.line(`Document: ${c.title}`)
  audit.line(`Document version: ${c.documentVersion ?? '-'}`)
  audit.line(`Document SHA-256: ${c.documentSha256}`, { bold: true })
  audit.line(`Signature request: ${c.requestId}`)
  audit.line(`Sent: ${c.sentAt ?? '-'} (UTC)   Completed: ${c.completedAt} (UTC)`)
  audit.gap()
  audit.line('Signers', { bold: true, color: GOLD })
  for (const s of c.signers)
    audit.line(`${s.legalName ?? s.name} <${s.email}> - ${s.role} - ${s.status}`)
  audit.gap()
  audit.line('Events (UTC)', { bold: true, color: GOLD })
  for (const e of c.events) {
    audit.need(44)
    audit.line(`${e.at}  ${e.type.toUpperCase()}  ${e.actor}`, { bold: true })
    audit.line(`IP: ${e.ip ?? '-'}   User agent: ${e.userAgent ?? '-'}`, { color: GREY })
    audit.line(`Document SHA-256: ${e.documentSha256}`, { color: GREY })
    audit.gap(4)
  }
  audit.gap()
  audit.line(
    'This document is sealed with the digital signature of Donkervoort Automobielen B.V. ' +
      'Any change after sealing invalidates that signature in every PDF reader.',
    { color: GREY },
  )
}
