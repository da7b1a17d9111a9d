import type { Payload } from 'payload'

import { studioPhoto, type TScene } from './demo-photos'
import { createEvent, createEventImage, registerCustomer } from './event-factories'

const DAY = 86400_000

/** Midnight UTC `days` from now plus `hourUtc`: demo events fall on whole hours. */
const at = (days: number, hourUtc: number) => {
  const d = new Date(Date.now() + days * DAY)
  d.setUTCHours(hourUtc, 0, 0, 0)
  return d
}

const scene = (body: string, light: string, x = 0.5): TScene => ({
  body,
  backdrop: ['#2a2b30', '#0a0a0c'],
  light,
  x,
  scale: 0.95,
})

async function image(payload: Payload, name: string, s: TScene, alt: string) {
  return (await createEventImage(payload, { data: await studioPhoto(s), name, alt })).id
}

/**
 * Demo events: a full track day with a waitlist, a preview for F22 owners only, an owners'
 * dinner with guests, and last autumn's rally with its photos. Registrations go through the same
 * locked path as the portal's, telling nobody.
 */
export async function seedDemoEvents(payload: Payload, customers: Map<string, string>) {
  const customer = async (email: string) =>
    payload.findByID({
      collection: 'customers',
      id: customers.get(email)!,
      depth: 0,
      overrideAccess: true, // seed
    })
  const [sophie, max, james, lena] = await Promise.all(
    ['sophie', 'max', 'james', 'lena'].map((n) => customer(`${n}@customer.example`)),
  )
  const track = await image(
    payload,
    'event-zandvoort.jpg',
    scene('#8a1c1c', '#f0c27a', 0.45),
    'Zandvoort',
  )
  const f22 = await image(payload, 'event-f22.jpg', scene('#1f3b2d', '#d9e4dc'), 'F22')
  const dinner = await image(
    payload,
    'event-dinner.jpg',
    scene('#1b1b1f', '#c9a86a', 0.55),
    'Dinner',
  )
  const rally = await Promise.all(
    ['#5a5f66', '#8a1c1c', '#c9a86a'].map((c, i) =>
      image(
        payload,
        `event-rally-${i + 1}.jpg`,
        scene(c, '#f5f1e8', 0.35 + i * 0.15),
        'Eifel rally',
      ),
    ),
  )

  const full = await createEvent(payload, {
    text: {
      en: {
        title: 'Track Day Circuit Zandvoort',
        description:
          'A day on the dunes circuit with our factory drivers: instruction sessions in the morning, open pit lane in the afternoon. Helmets and overalls are provided.',
      },
      nl: {
        title: 'Trackday Circuit Zandvoort',
        description:
          'Een dag op het duinencircuit met onze fabriekscoureurs: ’s ochtends instructie, ’s middags open pitlane. Helmen en overalls liggen klaar.',
      },
      de: {
        title: 'Trackday Circuit Zandvoort',
        description:
          'Ein Tag auf dem Dünenkurs mit unseren Werksfahrern: vormittags Instruktion, nachmittags offene Boxengasse. Helme und Overalls werden gestellt.',
      },
    },
    kind: 'track-day',
    startsAt: at(24, 7),
    hours: 9,
    capacity: 4,
    maxGuests: 1,
    price: 450,
    images: [track],
  })
  await registerCustomer(payload, sophie, full.id, ['Daan de Vries'])
  await registerCustomer(payload, max, full.id)
  await registerCustomer(payload, james, full.id)
  await registerCustomer(payload, lena, full.id)

  await createEvent(payload, {
    text: {
      en: {
        title: 'F22 owners’ preview',
        description:
          'See the first customer F22 bodies in the paint shop, with the engineers who designed them.',
      },
      nl: {
        title: 'F22-rijdersvoorpremière',
        description:
          'Zie de eerste F22-carrosserieën van klanten in de spuiterij, met de engineers die ze ontwierpen.',
      },
      de: {
        title: 'F22-Vorpremiere für Besitzer',
        description:
          'Sehen Sie die ersten F22-Karosserien in der Lackiererei, mit den Ingenieuren, die sie entworfen haben.',
      },
    },
    kind: 'factory-visit',
    startsAt: at(38, 12),
    hours: 3,
    capacity: 16,
    eligibility: 'owners',
    eligibleModels: ['f22'],
    venue: 'Donkervoort factory',
    address: 'Pelikaanweg 2\n8218 PG Lelystad',
    images: [f22],
  })

  await createEvent(payload, {
    text: {
      en: {
        title: 'Owners’ dinner in Lelystad',
        description:
          'An evening in the factory hall among the cars, with a four-course dinner. Bring up to three guests.',
      },
      nl: {
        title: 'Rijdersdiner in Lelystad',
        description:
          'Een avond in de fabriekshal tussen de auto’s, met een viergangendiner. Neem tot drie gasten mee.',
      },
      de: {
        title: 'Fahrer-Dinner in Lelystad',
        description:
          'Ein Abend in der Werkshalle zwischen den Autos, mit einem Vier-Gänge-Menü. Bis zu drei Gäste willkommen.',
      },
    },
    kind: 'dinner',
    startsAt: at(52, 17),
    hours: 4,
    capacity: 60,
    maxGuests: 3,
    price: 120,
    venue: 'Donkervoort factory',
    address: 'Pelikaanweg 2\n8218 PG Lelystad',
    images: [dinner],
  })

  await createEvent(payload, {
    text: {
      en: {
        title: 'Eifel rally',
        description: 'Two days through the Eifel, ending on the Nordschleife.',
      },
      nl: {
        title: 'Eifelrally',
        description: 'Twee dagen door de Eifel, met als slot de Nordschleife.',
      },
      de: {
        title: 'Eifel-Rallye',
        description: 'Zwei Tage durch die Eifel, zum Abschluss auf der Nordschleife.',
      },
    },
    kind: 'rally',
    startsAt: at(-60, 7),
    hours: 34,
    capacity: 20,
    timeZone: 'Europe/Berlin',
    venue: 'Nürburgring',
    address: 'Otto-Flimm-Straße\n53520 Nürburg',
    images: [rally[0]],
    photos: rally,
  })
}
