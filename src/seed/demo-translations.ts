import type { Payload } from 'payload'

import type { Order } from '@/payload-types'

/**
 * Dutch and German versions of the demo's texts (Payload localized fields): the demo is written in
 * English, the default locale, and without these the Dutch and German pages showed English
 * configuration labels and options, and staff titles.
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
  Body: { nl: 'Carrosserie', de: 'Karosserie' },
  Accents: { nl: 'Accenten', de: 'Akzente' },
  Upholstery: { nl: 'Bekleding', de: 'Polsterung' },
  Stitching: { nl: 'Stiksel', de: 'Naht' },
  Wheels: { nl: 'Velgen', de: 'Räder' },
  Chassis: { nl: 'Onderstel', de: 'Fahrwerk' },
  Luggage: { nl: 'Bagage', de: 'Gepäck' },
  Paint: { nl: 'Lak', de: 'Lackierung' },
  Roof: { nl: 'Dak', de: 'Dach' },
  Brakes: { nl: 'Remmen', de: 'Bremsen' },
  Care: { nl: 'Verzorging', de: 'Pflege' },
  'Ivory contrast stitching': {
    nl: 'Ivoorkleurig contraststiksel',
    de: 'Elfenbeinfarbene Kontrastnaht',
  },
  'Fitted luggage set in matching leather': {
    nl: 'Bagageset op maat in bijpassend leer',
    de: 'Maßgefertigtes Gepäckset in passendem Leder',
  },
  '18" forged aluminium, satin black': {
    nl: '18" gesmeed aluminium, satijnzwart',
    de: '18" geschmiedetes Aluminium, seidenmatt schwarz',
  },
  'Removable carbon hard top': {
    nl: 'Afneembaar carbon hardtop',
    de: 'Abnehmbares Carbon-Hardtop',
  },
  'Lelystad orange over exposed carbon': {
    nl: 'Lelystad-oranje over zichtcarbon',
    de: 'Lelystad-Orange über Sichtcarbon',
  },
  'Black leather with orange stitching': {
    nl: 'Zwart leer met oranje stiksel',
    de: 'Schwarzes Leder mit orangefarbener Naht',
  },
  'Carbon-ceramic brakes': { nl: 'Carbon-keramische remmen', de: 'Carbon-Keramik-Bremsen' },
  'Silverstone grey, gloss': {
    nl: 'Silverstone-grijs, hoogglans',
    de: 'Silverstone-Grau, glänzend',
  },
  'Indoor car cover with embroidered emblem': {
    nl: 'Binnenhoes met geborduurd embleem',
    de: 'Indoor-Abdeckung mit gesticktem Emblem',
  },
  'Provisional: exposed carbon, gloss clear coat': {
    nl: 'Voorlopig: zichtcarbon, hoogglans blanke lak',
    de: 'Vorläufig: Sichtcarbon, glänzender Klarlack',
  },
  'Provisional: to be chosen at your configuration session': {
    nl: 'Voorlopig: te kiezen tijdens uw configuratiesessie',
    de: 'Vorläufig: Auswahl bei Ihrer Konfigurationssitzung',
  },
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
          label: tr(c.label, locale),
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
