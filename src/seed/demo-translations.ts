import type { Payload } from 'payload'

import type { Order } from '@/payload-types'

/**
 * Dutch and German versions of the demo's texts (Payload localized fields): the demo is written in
 * English, the default locale, and without these the Dutch and German pages showed English
 * configuration options and staff titles.
 */
const TRANSLATIONS: Record<string, { nl: string; de: string }> = {
  // Next actions
  'Choose your seat embroidery': {
    nl: 'Kies het borduursel van uw stoelen',
    de: 'Wählen Sie die Stickerei Ihrer Sitze',
  },
  'Confirm your handover location': {
    nl: 'Bevestig de locatie van de aflevering',
    de: 'Bestätigen Sie den Übergabeort',
  },
  'Book your factory handover day': {
    nl: 'Plan uw afleverdag in de fabriek',
    de: 'Vereinbaren Sie Ihren Übergabetag im Werk',
  },
  'Schedule your configuration session in Lelystad': {
    nl: 'Plan uw configuratiesessie in Lelystad',
    de: 'Vereinbaren Sie Ihre Konfigurationssitzung in Lelystad',
  },
  // Configuration options
  'Exposed carbon body, satin clear coat': {
    nl: 'Carrosserie in zichtcarbon, satijnen blanke lak',
    de: 'Karosserie in Sichtcarbon, seidenmatter Klarlack',
  },
  'Gloss black accents': { nl: 'Accenten in hoogglans zwart', de: 'Akzente in Hochglanzschwarz' },
  'Cognac leather with contrast stitching': {
    nl: 'Cognackleurig leer met contraststiksel',
    de: 'Cognacfarbenes Leder mit Kontrastnaht',
  },
  '18" forged aluminium, diamond cut': {
    nl: '18" gesmeed aluminium, diamantgeslepen',
    de: '18" geschmiedetes Aluminium, glanzgedreht',
  },
  'Track pack with adjustable dampers': {
    nl: 'Circuitpakket met verstelbare dempers',
    de: 'Track-Paket mit einstellbaren Dämpfern',
  },
  'Heritage green over exposed carbon': {
    nl: 'Heritage-groen over zichtcarbon',
    de: 'Heritage-Grün über Sichtcarbon',
  },
  'Black Alcantara': { nl: 'Zwart Alcantara', de: 'Schwarzes Alcantara' },
  // Staff titles
  'Portal administrator': { nl: 'Beheerder van het portaal', de: 'Portal-Administratorin' },
  'Senior account manager': { nl: 'Senior accountmanager', de: 'Leitende Kundenbetreuerin' },
  'Account manager': { nl: 'Accountmanager', de: 'Kundenbetreuer' },
  'Brand & community': { nl: 'Merk & community', de: 'Marke & Community' },
  Finance: { nl: 'Financiën', de: 'Finanzen' },
}

const LOCALES = ['nl', 'de'] as const
const tr = (text: string | null | undefined, locale: (typeof LOCALES)[number]) =>
  text ? (TRANSLATIONS[text]?.[locale] ?? text) : text

async function translateOrder(payload: Payload, order: Order) {
  for (const locale of LOCALES) {
    await payload.update({
      collection: 'orders',
      id: order.id,
      locale,
      data: {
        // Same rows (ids kept), only the localized texts change.
        actionItems: (order.actionItems ?? []).map((a) => ({ ...a, title: tr(a.title, locale) })),
        configuration: (order.configuration ?? []).map((c) => ({
          ...c,
          option: tr(c.option, locale),
        })),
      },
      overrideAccess: true, // seed
    })
  }
}

/** Writes the Dutch and German texts of every demo order and staff member. */
export async function translateDemo(payload: Payload) {
  const [orders, staff] = await Promise.all([
    payload.find({
      collection: 'orders',
      limit: 100,
      depth: 0,
      locale: 'en',
      overrideAccess: true,
    }), // seed
    payload.find({ collection: 'staff', limit: 100, depth: 0, locale: 'en', overrideAccess: true }), // seed
  ])
  for (const order of orders.docs) await translateOrder(payload, order)
  for (const member of staff.docs) {
    if (!member.title) continue
    for (const locale of LOCALES)
      await payload.update({
        collection: 'staff',
        id: member.id,
        locale,
        data: { title: tr(member.title, locale) },
        overrideAccess: true, // seed
      })
  }
}
