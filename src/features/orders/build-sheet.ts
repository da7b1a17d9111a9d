import 'server-only'

import { readFile } from 'node:fs/promises'
import path from 'node:path'

import fontkit from '@pdf-lib/fontkit'
import { createTranslator } from 'next-intl'
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib'

import type { TLocale } from '@/lib/i18n/locales'
import { MESSAGES } from '@/lib/i18n/messages'
import { formatDate } from '@/lib/orders/format'
import { modelLabel } from '@/lib/orders/models'
import { powerToWeight, specsOf } from '@/lib/orders/specs'

import type { TCar } from './car-queries'

const A4: [number, number] = [595.28, 841.89]
const M = 56 // page margin
const INK = rgb(0.09, 0.09, 0.1)
const GREY = rgb(0.42, 0.41, 0.39)
const AMBER = rgb(0.62, 0.48, 0.26)
const RULE = rgb(0.82, 0.8, 0.76)

/*
 * DejaVu (committed under src/assets/fonts with its licence) covers every Latin letter a name or
 * an option may carry: the 14 standard PDF fonts are WinAnsi only and throw on "Ł". Subset on
 * embedding, so a sheet stays small.
 */
let fonts: Promise<{ sans: Uint8Array; serif: Uint8Array }> | undefined
const fontBytes = () =>
  (fonts ??= Promise.all(
    ['DejaVuSans.ttf', 'DejaVuSerif.ttf'].map((f) =>
      readFile(path.join(process.cwd(), 'src/assets/fonts', f)),
    ),
  ).then(([sans, serif]) => ({ sans, serif })))

const hex = (value: string) => {
  const n = Number.parseInt(value.slice(1), 16)
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255)
}

/** Lines of at most `width` points, broken at spaces (a word longer than a line stays whole). */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word
    if (line && font.widthOfTextAtSize(next, size) > width) {
      lines.push(line)
      line = word
    } else line = next
  }
  return line ? [...lines, line] : lines
}

/**
 * The car's build sheet as a PDF in the reader's language: model, order, VIN, key figures and
 * the configuration by group with its colour chips. Laid out top to bottom; a group that does not
 * fit starts a new page.
 */
export async function renderBuildSheet(car: TCar, locale: TLocale, now = new Date()) {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'MyCar' })
  const tg = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'Order' })
  const pdf = await PDFDocument.create()
  pdf.registerFontkit(fontkit)
  const bytes = await fontBytes()
  const sans = await pdf.embedFont(bytes.sans, { subset: true })
  const serif = await pdf.embedFont(bytes.serif, { subset: true })
  const model = modelLabel(car.model)
  pdf.setTitle(`${t('sheetTitle')} · ${model} ${car.orderNumber}`)
  pdf.setAuthor('Donkervoort Automobielen B.V.')
  pdf.setProducer('Donkervoort portal')
  pdf.setLanguage(locale)
  pdf.setCreationDate(now)

  let page: PDFPage = pdf.addPage(A4)
  let y = A4[1] - M
  const text = (
    s: string,
    x: number,
    size: number,
    opts: { font?: PDFFont; color?: typeof INK } = {},
  ) => page.drawText(s, { x, y, size, font: opts.font ?? sans, color: opts.color ?? INK })
  const newPage = () => {
    page = pdf.addPage(A4)
    y = A4[1] - M
  }
  const need = (h: number) => {
    if (y - h < M + 30) newPage()
  }

  text('DONKERVOORT', M, 10, { color: AMBER })
  const label = t('sheetTitle').toUpperCase()
  page.drawText(label, {
    x: A4[0] - M - sans.widthOfTextAtSize(label, 9),
    y,
    size: 9,
    font: sans,
    color: GREY,
  })
  y -= 42
  text(model, M, 26, { font: serif })
  y -= 22
  const sub = [car.orderNumber, formatDate(locale, car.orderDate)].join('  ·  ')
  text(sub, M, 10, { color: GREY })
  if (car.ownerName) {
    y -= 15
    text(t('sheetConfidential', { name: car.ownerName }), M, 10, { color: GREY })
  }
  y -= 26
  page.drawLine({ start: { x: M, y }, end: { x: A4[0] - M, y }, thickness: 0.6, color: RULE })

  // Order details in three columns.
  y -= 26
  const colW = (A4[0] - 2 * M) / 3
  const details: [string, string][] = [
    [t('orderNumber'), car.orderNumber],
    [t('orderDate'), formatDate(locale, car.orderDate)],
    [t('vin'), car.vin ?? t('vinPending')],
  ]
  details.forEach(([k, v], i) => {
    page.drawText(k.toUpperCase(), { x: M + i * colW, y, size: 7, font: sans, color: GREY })
    const lines = wrap(v, sans, 10, colW - 12)
    lines.forEach((line, j) =>
      page.drawText(line, {
        x: M + i * colW,
        y: y - 15 - j * 13,
        size: 10,
        font: sans,
        color: INK,
      }),
    )
  })
  y -= 50

  const specs = specsOf(car.model)
  if (specs) {
    const n = (v: number) => new Intl.NumberFormat(locale).format(v)
    const rows: [string, string][] = [
      [t('spec.engine'), t(`engines.${specs.engine}`)],
      [t('spec.power'), t('units.hp', { value: n(specs.powerHp) })],
      [t('spec.torque'), t('units.nm', { value: n(specs.torqueNm) })],
      [t('spec.weight'), t('units.kg', { value: n(specs.weightKg) })],
      [t('spec.powerToWeight'), t('units.hpPerTonne', { value: n(powerToWeight(specs)) })],
      [t('spec.zeroToHundred'), t('units.s', { value: n(specs.zeroToHundredS) })],
      [t('spec.topSpeed'), t('units.kmh', { value: n(specs.topSpeedKmh) })],
    ]
    text(t('specs').toUpperCase(), M, 9, { color: AMBER })
    y -= 22
    // The engine on its own line (its name is long), the figures four to a row.
    const specW = (A4[0] - 2 * M) / 4
    for (const chunk of [rows.slice(0, 1), rows.slice(1, 5), rows.slice(5)]) {
      chunk.forEach(([k, v], j) => {
        page.drawText(k.toUpperCase(), { x: M + j * specW, y, size: 7, font: sans, color: GREY })
        page.drawText(v, { x: M + j * specW, y: y - 16, size: 12, font: serif, color: INK })
      })
      y -= 36
    }
    page.drawText(t('specsNote'), { x: M, y: y + 8, size: 7, font: sans, color: GREY })
    y -= 22
  }

  need(40)
  text(t('configuration').toUpperCase(), M, 9, { color: AMBER })
  y -= 24
  if (car.groups.length === 0) {
    text(t('noConfiguration'), M, 10, { color: GREY })
    y -= 20
  }
  // Swatch, label and option side by side: one line per option on the usual sheet.
  const labelX = M + 26
  const textX = M + 130
  const textW = A4[0] - M - textX
  for (const { group, options } of car.groups) {
    need(26 + 20 * Math.min(options.length, 2))
    text(tg(`groups.${group}`).toUpperCase(), M, 8, { color: GREY })
    y -= 7
    page.drawLine({ start: { x: M, y }, end: { x: A4[0] - M, y }, thickness: 0.4, color: RULE })
    y -= 16
    for (const o of options) {
      const lines = wrap(o.option, sans, 10, textW)
      const h = Math.max(lines.length * 13, 13) + 8
      need(h)
      if (o.swatch) {
        page.drawRectangle({
          ...{ x: M, y: y - 4, width: 14, height: 14 },
          color: hex(o.swatch),
          borderColor: RULE,
          borderWidth: 0.5,
        })
      }
      if (o.label) {
        const label = wrap(o.label.toUpperCase(), sans, 7, textX - labelX - 8)[0] ?? ''
        page.drawText(label, { x: labelX, y: y + 1, size: 7, font: sans, color: GREY })
      }
      lines.forEach((line, i) =>
        page.drawText(line, { x: textX, y: y - i * 13, size: 10, font: sans, color: INK }),
      )
      y -= h
    }
    y -= 8
  }

  const pages = pdf.getPages()
  pages.forEach((p, i) => {
    p.drawLine({ start: { x: M, y: M }, end: { x: A4[0] - M, y: M }, thickness: 0.4, color: RULE })
    p.drawText(t('sheetFooter'), { x: M, y: M - 16, size: 7, font: sans, color: GREY })
    const right = `${t('sheetGenerated', { date: formatDate(locale, now.toISOString()) })}  ·  ${i + 1}/${pages.length}`
    p.drawText(right, {
      x: A4[0] - M - sans.widthOfTextAtSize(right, 7),
      y: M - 16,
      size: 7,
      font: sans,
      color: GREY,
    })
  })
  return Buffer.from(await pdf.save())
}
