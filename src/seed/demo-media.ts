import type { Payload } from 'payload'
import sharp from 'sharp'

import { env } from '@/lib/env'
import { logger } from '@/lib/logger'

/** Demo photos of a car in production: drawn here, so the demo ships no binary files. */
const PHOTOS = [
  {
    file: 'chassis-bonded.jpg',
    colour: { r: 28, g: 30, b: 34 },
    visibleToCustomer: true,
    alt: {
      en: 'The bonded carbon chassis on its assembly jig',
      nl: 'Het verlijmde carbon chassis op de bouwmal',
      de: 'Das verklebte Carbon-Chassis auf der Montagelehre',
    },
    caption: {
      en: 'Week 32: the chassis has been bonded and cured in Lelystad.',
      nl: 'Week 32: het chassis is in Lelystad verlijmd en uitgehard.',
      de: 'Woche 32: Das Chassis wurde in Lelystad verklebt und ausgehärtet.',
    },
  },
  {
    file: 'body-panels.jpg',
    colour: { r: 46, g: 58, b: 44 },
    visibleToCustomer: false,
    alt: {
      en: 'Exposed carbon body panels before the clear coat',
      nl: 'Zichtcarbon carrosseriedelen vóór de blanke lak',
      de: 'Sichtcarbon-Karosserieteile vor dem Klarlack',
    },
    caption: {
      en: 'Not yet released: shown with the next production update.',
      nl: 'Nog niet vrijgegeven: volgt bij de volgende productie-update.',
      de: 'Noch nicht freigegeben: folgt mit dem nächsten Produktions-Update.',
    },
  },
] as const

async function photo(colour: { r: number; g: number; b: number }) {
  return sharp({ create: { width: 1600, height: 1067, channels: 3, background: colour } })
    .jpeg({ quality: 80 })
    .toBuffer()
}

/** Photos for one demo order, in all three languages; one released to the customer, one not. */
export async function seedDemoMedia(payload: Payload, order: string) {
  if (!env.STORAGE_KEYS) {
    logger.warn('demo media skipped: STORAGE_KEYS is not set, so no file can be stored')
    return
  }
  for (const p of PHOTOS) {
    const data = await photo(p.colour)
    const doc = await payload.create({
      collection: 'order-media',
      data: { order, visibleToCustomer: p.visibleToCustomer, alt: p.alt.en, caption: p.caption.en },
      file: { data, name: p.file, mimetype: 'image/jpeg', size: data.length },
      locale: 'en',
      overrideAccess: true, // seed
    })
    for (const locale of ['nl', 'de'] as const)
      await payload.update({
        collection: 'order-media',
        id: doc.id,
        locale,
        data: { alt: p.alt[locale], caption: p.caption[locale] },
        overrideAccess: true, // seed
      })
  }
}
