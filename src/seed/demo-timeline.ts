import type { Payload } from 'payload'

import { env } from '@/lib/env'
import type { TLocale } from '@/lib/i18n/locales'
import { logger } from '@/lib/logger'
import { STAGES, type TStage } from '@/lib/orders/stages'
import type { TMilestoneState } from '@/lib/timeline/milestones'
import type { Order } from '@/payload-types'

import { demoFilm } from './demo-film'
import { studioPhoto, type TScene } from './demo-photos'
import { paragraphs } from './timeline-factories'

type T3 = Record<TLocale, string>
const seed = { overrideAccess: true, depth: 0, context: { seed: true } } as const // seed

/** The milestones every Donkervoort passes, in build order within its stage. */
const MILESTONES: { key: string; stage: TStage; name: T3; auto?: T3 }[] = [
  {
    key: 'configuration',
    stage: 'design',
    name: { en: 'Configuration session', nl: 'Configuratiesessie', de: 'Konfigurationstermin' },
  },
  {
    key: 'design-freeze',
    stage: 'design',
    name: { en: 'Design freeze', nl: 'Ontwerp vastgelegd', de: 'Design-Freeze' },
  },
  {
    key: 'engineering-spec',
    stage: 'engineering',
    name: { en: 'Build specification', nl: 'Bouwspecificatie', de: 'Baubeschreibung' },
  },
  {
    key: 'parts-ordered',
    stage: 'engineering',
    name: { en: 'Parts ordered', nl: 'Onderdelen besteld', de: 'Teile bestellt' },
  },
  { key: 'chassis', stage: 'production', name: { en: 'Chassis', nl: 'Chassis', de: 'Chassis' } },
  {
    key: 'body',
    stage: 'production',
    name: { en: 'Carbon body', nl: 'Carbon carrosserie', de: 'Carbon-Karosserie' },
  },
  {
    key: 'paint',
    stage: 'production',
    name: { en: 'Paint', nl: 'Lak', de: 'Lackierung' },
    auto: { en: 'Paint completed', nl: 'Lak gereed', de: 'Lackierung abgeschlossen' },
  },
  {
    key: 'powertrain',
    stage: 'final-assembly',
    name: { en: 'Powertrain', nl: 'Aandrijflijn', de: 'Antriebsstrang' },
  },
  {
    key: 'interior',
    stage: 'final-assembly',
    name: { en: 'Interior', nl: 'Interieur', de: 'Innenraum' },
  },
  {
    key: 'first-drive',
    stage: 'final-assembly',
    name: { en: 'First drive', nl: 'Eerste rit', de: 'Erste Fahrt' },
    auto: {
      en: 'Your car has driven its first kilometres',
      nl: 'Uw auto heeft zijn eerste kilometers gereden',
      de: 'Ihr Fahrzeug ist die ersten Kilometer gefahren',
    },
  },
  {
    key: 'homologation',
    stage: 'delivery',
    name: { en: 'Homologation', nl: 'Homologatie', de: 'Homologation' },
  },
  {
    key: 'transport',
    stage: 'delivery',
    name: { en: 'Transport', nl: 'Transport', de: 'Transport' },
  },
  {
    key: 'handover',
    stage: 'delivery',
    name: { en: 'Handover', nl: 'Aflevering', de: 'Übergabe' },
  },
]

/** Planned days after the order date, one per milestone above (about two years in all). */
const PLAN_DAYS = [14, 60, 120, 180, 300, 360, 420, 480, 540, 600, 640, 680, 700]

/** Milestone definitions and a plan for every model: before the demo orders, which get them. */
export async function seedMilestoneCatalogue(payload: Payload, models: readonly string[]) {
  const ids: string[] = []
  for (const [i, m] of MILESTONES.entries()) {
    const doc = await payload.create({
      collection: 'milestone-definitions',
      locale: 'en',
      data: {
        key: m.key,
        name: m.name.en,
        stage: m.stage,
        sortOrder: i * 10,
        automaticUpdate: m.auto ? 'published' : 'none',
        automaticTitle: m.auto?.en,
      },
      ...seed,
    })
    for (const locale of ['nl', 'de'] as const)
      await payload.update({
        collection: 'milestone-definitions',
        id: doc.id,
        locale,
        data: { name: m.name[locale], automaticTitle: m.auto?.[locale] },
        ...seed,
      })
    ids.push(doc.id)
  }
  for (const model of models)
    await payload.create({
      collection: 'milestone-templates',
      data: {
        name: `Standard plan (${model})`,
        model: model as 'f22',
        milestones: ids.map((definition, i) => ({ definition, plannedAfterDays: PLAN_DAYS[i] })),
      },
      ...seed,
    })
}

const DAY = 86_400_000
const shift = (iso: string, days: number) =>
  new Date(new Date(iso).getTime() + days * DAY).toISOString()

/** States that match the order's stage: everything before it done, the stage itself under way. */
async function progressMilestones(payload: Payload, order: Order) {
  const { docs } = await payload.find({
    collection: 'order-milestones',
    where: { order: { equals: order.id } },
    sort: 'sortOrder',
    limit: 100,
    ...seed,
  })
  const stageIndex = order.deliveredAt ? STAGES.length : STAGES.indexOf(order.stage as TStage)
  const inStage = docs.filter((m) => STAGES.indexOf(m.stage as TStage) === stageIndex)
  const last = inStage[inStage.length - 1]?.id
  // One car shows a delayed milestone, so the demo has every state.
  const underWay: TMilestoneState = order.orderNumber === 'DV-2026-0107' ? 'delayed' : 'in-progress'
  const byId = new Map<string, string>()
  for (const m of docs) {
    const i = STAGES.indexOf(m.stage as TStage)
    const state: TMilestoneState =
      i < stageIndex ? 'done' : i > stageIndex ? 'planned' : m.id === last ? underWay : 'done'
    const planned = m.plannedDate ?? order.orderDate
    await payload.update({
      collection: 'order-milestones',
      id: m.id,
      data: { state, actualDate: state === 'done' ? shift(planned, (m.sortOrder ?? 0) % 3) : null },
      ...seed,
    })
    byId.set(m.key ?? '', m.id)
  }
  return byId
}

type TUpdateSeed = {
  milestone: string
  daysAgo: number
  title: T3
  body: T3
  photos: { scene: TScene; alt: T3 }[]
  /** A short film of the first photo's scene with the update (made by ffmpeg when installed). */
  film?: boolean
}

const GREEN: Omit<TScene, 'x' | 'scale'> = {
  body: '#2f3a2c',
  backdrop: ['#2a2a2e', '#0b0b0c'],
  light: '#c8a46a',
}
const CARBON: Omit<TScene, 'x' | 'scale'> = {
  body: '#111',
  backdrop: ['#1f2328', '#08090a'],
  light: '#9fb3c8',
  bare: true,
}
const GRAPHITE: Omit<TScene, 'x' | 'scale'> = {
  body: '#3a3b40',
  backdrop: ['#2b2620', '#0b0b0c'],
  light: '#dcbb83',
}

const UPDATES: Record<string, TUpdateSeed[]> = {
  'DV-2025-0418': [
    {
      milestone: 'chassis',
      daysAgo: 62,
      title: {
        en: 'Your chassis is bonded',
        nl: 'Uw chassis is verlijmd',
        de: 'Ihr Chassis ist verklebt',
      },
      body: {
        en: 'The carbon tub and the tubular frame were bonded and cured overnight in Lelystad. Every joint has been measured against the jig within a tenth of a millimetre.',
        nl: 'De carbon kuip en het buizenframe zijn in Lelystad verlijmd en een nacht uitgehard. Elke verbinding is tot op een tiende millimeter gemeten op de bouwmal.',
        de: 'Die Carbonwanne und der Rohrrahmen wurden in Lelystad verklebt und über Nacht ausgehärtet. Jede Verbindung wurde auf der Lehre auf ein Zehntel Millimeter vermessen.',
      },
      photos: [
        {
          scene: { ...CARBON, x: 0.5, scale: 1.1 },
          alt: {
            en: 'The bare carbon chassis in the studio',
            nl: 'Het kale carbon chassis in de studio',
            de: 'Das blanke Carbon-Chassis im Studio',
          },
        },
        {
          scene: { ...CARBON, x: 0.38, scale: 1.6 },
          alt: {
            en: 'Close-up of the front of the chassis',
            nl: 'Detail van de voorkant van het chassis',
            de: 'Nahaufnahme der Chassis-Front',
          },
        },
      ],
    },
    {
      milestone: 'body',
      daysAgo: 24,
      film: true,
      title: {
        en: 'The body panels are on',
        nl: 'De carrosseriedelen zitten erop',
        de: 'Die Karosserieteile sind montiert',
      },
      body: {
        en: 'Your exposed carbon panels were fitted and aligned by hand. Next week the car goes to the paint shop for the satin clear coat you chose.',
        nl: 'Uw zichtcarbon panelen zijn met de hand gepast en uitgelijnd. Volgende week gaat de auto naar de spuiterij voor de satijnen blanke lak die u koos.',
        de: 'Ihre Sichtcarbon-Teile wurden von Hand angepasst und ausgerichtet. Nächste Woche geht das Fahrzeug in die Lackiererei für den gewählten seidenmatten Klarlack.',
      },
      photos: [
        {
          scene: { ...GRAPHITE, x: 0.5, scale: 1.1 },
          alt: {
            en: 'Your car with its body panels fitted, side view',
            nl: 'Uw auto met gemonteerde carrosserie, zijaanzicht',
            de: 'Ihr Fahrzeug mit montierter Karosserie, Seitenansicht',
          },
        },
        {
          scene: { ...GRAPHITE, x: 0.62, scale: 1.5 },
          alt: {
            en: 'Rear three-quarter of the body',
            nl: 'Achterzijde van de carrosserie',
            de: 'Heckpartie der Karosserie',
          },
        },
        {
          scene: { ...GRAPHITE, x: 0.3, scale: 1.8 },
          alt: {
            en: 'Detail of the front wheel arch',
            nl: 'Detail van de voorste wielkast',
            de: 'Detail des vorderen Radlaufs',
          },
        },
      ],
    },
    {
      milestone: 'paint',
      daysAgo: 3,
      title: {
        en: 'Heritage green, first coat',
        nl: 'Heritage green, eerste laag',
        de: 'Heritage Green, erste Schicht',
      },
      body: {
        en: 'The first coat is on and curing. Our paint specialist will polish it by hand before the clear coat.',
        nl: 'De eerste laag zit erop en hardt uit. Onze lakspecialist poleert hem met de hand vóór de blanke lak.',
        de: 'Die erste Schicht ist aufgetragen und härtet aus. Unser Lackspezialist poliert sie vor dem Klarlack von Hand.',
      },
      photos: [
        {
          scene: { ...GREEN, x: 0.5, scale: 1.1 },
          alt: {
            en: 'Your car in heritage green under the studio lights',
            nl: 'Uw auto in heritage green onder het studiolicht',
            de: 'Ihr Fahrzeug in Heritage Green im Studiolicht',
          },
        },
        {
          scene: { ...GREEN, x: 0.58, scale: 1.45 },
          alt: {
            en: 'The paint catching the light along the flank',
            nl: 'Het licht op de lak langs de flank',
            de: 'Das Licht auf dem Lack entlang der Flanke',
          },
        },
      ],
    },
  ],
  'DV-2024-0932': [
    {
      milestone: 'powertrain',
      daysAgo: 20,
      title: { en: 'Engine installed', nl: 'Motor ingebouwd', de: 'Motor eingebaut' },
      body: {
        en: 'The five-cylinder is in and the first fluids are filled.',
        nl: 'De vijfcilinder zit erin en de eerste vloeistoffen zijn gevuld.',
        de: 'Der Fünfzylinder ist eingebaut, die ersten Flüssigkeiten sind eingefüllt.',
      },
      photos: [
        {
          scene: { ...GRAPHITE, x: 0.5, scale: 1.1 },
          alt: {
            en: 'Your car after the engine was installed',
            nl: 'Uw auto na het inbouwen van de motor',
            de: 'Ihr Fahrzeug nach dem Motoreinbau',
          },
        },
        {
          scene: { ...GRAPHITE, x: 0.4, scale: 1.6 },
          alt: {
            en: 'Engine bay seen from the side',
            nl: 'Motorruimte van opzij',
            de: 'Motorraum von der Seite',
          },
        },
      ],
    },
  ],
  'DV-2023-0211': [
    {
      milestone: 'handover',
      daysAgo: 95,
      title: { en: 'Welcome home', nl: 'Welkom thuis', de: 'Willkommen zu Hause' },
      body: {
        en: 'Thank you for a wonderful handover day in Lelystad. Enjoy every kilometre.',
        nl: 'Dank u voor een prachtige afleverdag in Lelystad. Geniet van elke kilometer.',
        de: 'Danke für einen wunderbaren Übergabetag in Lelystad. Genießen Sie jeden Kilometer.',
      },
      photos: [
        {
          scene: { ...GREEN, x: 0.5, scale: 1.0 },
          alt: {
            en: 'Your finished car in the handover studio',
            nl: 'Uw voltooide auto in de afleverstudio',
            de: 'Ihr fertiges Fahrzeug im Übergabestudio',
          },
        },
      ],
    },
  ],
}

/** Moves of the estimate, in the customer's own language (staff write to the customer). */
const ESTIMATES: Record<string, { months: [number, number]; daysAgo: number; reason: string }[]> = {
  'DV-2025-0418': [
    {
      months: [6, 8],
      daysAgo: 80,
      reason:
        'Vertraging bij de leverancier van de lak: de speciale pigmenten voor heritage green komen drie weken later binnen.',
    },
    {
      months: [5, 7],
      daysAgo: 20,
      reason:
        'Goed nieuws: de carrosserie was sneller klaar dan gepland, we winnen een maand terug.',
    },
  ],
  'DV-2024-0932': [
    {
      months: [1, 2],
      daysAgo: 40,
      reason:
        'Zusätzliche Testfahrten auf der Rennstrecke für das Fahrwerk-Setup, das Sie gewünscht haben.',
    },
  ],
}

const monthFromNow = (offset: number) => {
  const d = new Date()
  d.setUTCDate(1)
  d.setUTCHours(0, 0, 0, 0)
  d.setUTCMonth(d.getUTCMonth() + offset)
  return d.toISOString()
}

async function seedUpdates(payload: Payload, order: Order, milestones: Map<string, string>) {
  for (const [n, u] of (UPDATES[order.orderNumber] ?? []).entries()) {
    const media: string[] = []
    for (const [i, p] of u.photos.entries()) {
      const data = await studioPhoto(p.scene)
      const doc = await payload.create({
        collection: 'order-media',
        data: { order: order.id, alt: p.alt.en, visibleToCustomer: false },
        file: {
          data,
          name: `${order.orderNumber}-${n}-${i}.jpg`,
          mimetype: 'image/jpeg',
          size: data.length,
        },
        locale: 'en',
        ...seed,
      })
      for (const locale of ['nl', 'de'] as const)
        await payload.update({
          collection: 'order-media',
          id: doc.id,
          locale,
          data: { alt: p.alt[locale] },
          ...seed,
        })
      media.push(doc.id)
    }
    let video: string | undefined
    const film =
      u.film && u.photos[0]
        ? await demoFilm(await studioPhoto(u.photos[0].scene), '1280x720')
        : null
    if (film)
      video = (
        await payload.create({
          collection: 'order-media',
          data: { order: order.id, alt: u.title.en, visibleToCustomer: false },
          file: {
            data: film,
            name: `${order.orderNumber}-${n}-film.mp4`,
            mimetype: 'video/mp4',
            size: film.length,
          },
          locale: 'en',
          ...seed,
        })
      ).id
    const published = new Date(Date.now() - u.daysAgo * DAY).toISOString()
    const doc = await payload.create({
      collection: 'production-updates',
      locale: 'en',
      data: {
        order: order.id,
        milestone: milestones.get(u.milestone),
        title: u.title.en,
        body: paragraphs(u.body.en),
        gallery: media.map((m) => ({ media: m })),
        video,
        publishedAt: published,
        _status: 'published',
      },
      ...seed,
    })
    for (const locale of ['nl', 'de'] as const)
      await payload.update({
        collection: 'production-updates',
        id: doc.id,
        locale,
        data: { title: u.title[locale], body: paragraphs(u.body[locale]), _status: 'published' },
        ...seed,
      })
  }
}

/** Milestone progress, published updates with photos and estimate history for the demo cars. */
export async function seedDemoTimeline(payload: Payload) {
  const { docs: orders } = await payload.find({ collection: 'orders', limit: 100, ...seed })
  for (const order of orders) {
    const milestones = await progressMilestones(payload, order)
    for (const e of ESTIMATES[order.orderNumber] ?? [])
      await payload.create({
        collection: 'delivery-estimate-changes',
        data: {
          order: order.id,
          toStart: monthFromNow(e.months[0]),
          toEnd: monthFromNow(e.months[1]),
          reason: e.reason,
          createdAt: new Date(Date.now() - e.daysAgo * DAY).toISOString(),
        },
        ...seed,
      })
    if (env.STORAGE_KEYS) await seedUpdates(payload, order, milestones)
  }
  if (!env.STORAGE_KEYS) logger.warn('demo updates skipped: STORAGE_KEYS is not set')
}
