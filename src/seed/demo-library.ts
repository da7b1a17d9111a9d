import type { Payload } from 'payload'

import type { TLocale } from '@/lib/i18n/locales'
import type { TMediaType } from '@/lib/media/types'

import { demoFilm } from './demo-film'
import { studioPhoto, type TScene } from './demo-photos'
import { createMediaCaption, createMediaItem, createMediaUpload } from './media-factories'

type TText = { title: string; summary: string; body: string[] }
type TStory = {
  type: TMediaType
  scene: TScene
  text: { en: TText; nl: TText; de: TText }
  alt: { en: string; nl: string; de: string }
  featured?: boolean
  film?: boolean
  daysAgo: number
}

const STORIES: TStory[] = [
  {
    type: 'exclusive-video',
    featured: true,
    film: true,
    daysAgo: 3,
    scene: {
      body: '#1b1d21',
      backdrop: ['#2b2f36', '#07080a'],
      light: '#c8a46a',
      x: 0.5,
      scale: 1.05,
    },
    alt: {
      en: 'A P24 RS in exposed carbon under the studio lights',
      nl: 'Een P24 RS in zichtcarbon onder de studiolampen',
      de: 'Ein P24 RS in Sichtcarbon im Studiolicht',
    },
    text: {
      en: {
        title: 'P24 RS: the first shakedown',
        summary:
          'For P24 RS owners only: the first kilometres of a finished car on the test track beside the factory.',
        body: [
          'Before a P24 RS leaves Lelystad, it is driven. Not on rollers, but on the test track beside the factory, by the engineers who built it.',
          '## What the shakedown checks',
          'Alignment, brake balance, the feel of the steering at the limit: every car is set up by hand and signed off by the same people.',
        ],
      },
      nl: {
        title: 'P24 RS: de eerste testrit',
        summary:
          'Alleen voor eigenaren van een P24 RS: de eerste kilometers van een afgebouwde auto op de testbaan naast de fabriek.',
        body: [
          'Voordat een P24 RS Lelystad verlaat, wordt hij gereden. Niet op rollen, maar op de testbaan naast de fabriek, door de engineers die hem bouwden.',
          '## Wat de testrit controleert',
          'Uitlijning, remverdeling, het gevoel van de besturing aan de limiet: elke auto wordt met de hand afgesteld en door dezelfde mensen goedgekeurd.',
        ],
      },
      de: {
        title: 'P24 RS: die erste Testfahrt',
        summary:
          'Nur für Besitzer eines P24 RS: die ersten Kilometer eines fertigen Wagens auf der Teststrecke neben der Manufaktur.',
        body: [
          'Bevor ein P24 RS Lelystad verlässt, wird er gefahren. Nicht auf dem Prüfstand, sondern auf der Teststrecke neben der Manufaktur, von den Ingenieuren, die ihn gebaut haben.',
          '## Was die Testfahrt prüft',
          'Spur, Bremsbalance, das Gefühl der Lenkung im Grenzbereich: Jeder Wagen wird von Hand abgestimmt und von denselben Menschen freigegeben.',
        ],
      },
    },
  },
  {
    type: 'factory-tour',
    daysAgo: 12,
    scene: {
      body: '#111',
      backdrop: ['#1f2328', '#08090a'],
      light: '#9fb3c8',
      x: 0.42,
      scale: 0.9,
      bare: true,
    },
    alt: {
      en: 'A bonded carbon chassis on its jig',
      nl: 'Een verlijmd carbon chassis op de bouwmal',
      de: 'Ein verklebtes Carbon-Chassis auf der Montagelehre',
    },
    text: {
      en: {
        title: 'Inside the factory: from chassis to first start',
        summary: 'A walk through the halls where your car is built, station by station.',
        body: [
          'Every Donkervoort starts as a bare chassis on a jig. From there it passes through the carbon hall, the paint studio and final assembly.',
          'In this tour we follow one car through each station and meet the people who build it.',
        ],
      },
      nl: {
        title: 'Rondleiding: van chassis tot eerste start',
        summary: 'Een wandeling door de hallen waar uw auto wordt gebouwd, station voor station.',
        body: [
          'Elke Donkervoort begint als kaal chassis op een bouwmal. Daarna gaat hij door de carbonhal, de lakstudio en de eindassemblage.',
          'In deze rondleiding volgen we één auto langs elk station en ontmoeten we de mensen die hem bouwen.',
        ],
      },
      de: {
        title: 'Rundgang: vom Chassis bis zum ersten Start',
        summary: 'Ein Gang durch die Hallen, in denen Ihr Wagen entsteht, Station für Station.',
        body: [
          'Jeder Donkervoort beginnt als nacktes Chassis auf einer Montagelehre. Danach durchläuft er die Carbonhalle, das Lackstudio und die Endmontage.',
          'Auf diesem Rundgang begleiten wir einen Wagen durch jede Station und treffen die Menschen, die ihn bauen.',
        ],
      },
    },
  },
  {
    type: 'news',
    daysAgo: 20,
    scene: {
      body: '#2f3a2c',
      backdrop: ['#2a2a2e', '#0b0b0c'],
      light: '#c8a46a',
      x: 0.58,
      scale: 0.85,
    },
    alt: {
      en: 'A roadster in heritage green in the paint studio',
      nl: 'Een roadster in heritage green in de lakstudio',
      de: 'Ein Roadster in Heritage Green im Lackstudio',
    },
    text: {
      en: {
        title: 'A new paint studio for Individual Series colours',
        summary: 'More room for colour matching, so a bespoke shade can be approved in daylight.',
        body: [
          'Our new paint studio has a daylight booth where customers can approve a bespoke colour on a sample panel before it goes on their car.',
        ],
      },
      nl: {
        title: 'Een nieuwe lakstudio voor Individual Series-kleuren',
        summary:
          'Meer ruimte om kleuren af te stemmen, zodat een eigen tint bij daglicht kan worden goedgekeurd.',
        body: [
          'Onze nieuwe lakstudio heeft een daglichtcabine waar klanten een eigen kleur op een proefpaneel kunnen goedkeuren voordat die op hun auto komt.',
        ],
      },
      de: {
        title: 'Ein neues Lackstudio für Individual-Series-Farben',
        summary:
          'Mehr Raum für die Farbabstimmung, damit ein eigener Farbton bei Tageslicht freigegeben werden kann.',
        body: [
          'Unser neues Lackstudio hat eine Tageslichtkabine, in der Kunden einen eigenen Farbton auf einem Musterblech freigeben können, bevor er auf ihren Wagen kommt.',
        ],
      },
    },
  },
  {
    type: 'news',
    daysAgo: 41,
    scene: {
      body: '#3a3b40',
      backdrop: ['#26272b', '#09090a'],
      light: '#d9d4c7',
      x: 0.5,
      scale: 0.95,
    },
    alt: {
      en: 'A graphite roadster ready for handover',
      nl: 'Een grafietkleurige roadster klaar voor overdracht',
      de: 'Ein graphitfarbener Roadster bereit zur Übergabe',
    },
    text: {
      en: {
        title: 'Handover days return to Lelystad',
        summary:
          'Collect your car at the factory, with a drive on the test track and lunch with the team.',
        body: [
          'Handover days are back: collect your car where it was built, with the people who built it.',
        ],
      },
      nl: {
        title: 'Overdrachtsdagen weer in Lelystad',
        summary:
          'Haal uw auto op in de fabriek, met een rit op de testbaan en een lunch met het team.',
        body: [
          'De overdrachtsdagen zijn terug: haal uw auto op waar hij gebouwd is, bij de mensen die hem bouwden.',
        ],
      },
      de: {
        title: 'Übergabetage wieder in Lelystad',
        summary:
          'Holen Sie Ihren Wagen in der Manufaktur ab, mit einer Fahrt auf der Teststrecke und einem Mittagessen mit dem Team.',
        body: [
          'Die Übergabetage sind zurück: Holen Sie Ihren Wagen dort ab, wo er gebaut wurde, bei den Menschen, die ihn gebaut haben.',
        ],
      },
    },
  },
]

/**
 * The media library's demo: a film for P24 RS owners (Sophie and Lena see it, Max and James do
 * not), a factory tour and two news items, in three languages. The film is transcoded by the
 * job queue once the portal runs.
 */
export async function seedDemoLibrary(payload: Payload): Promise<void> {
  for (const story of STORIES) {
    const still = await studioPhoto(story.scene)
    const cover = await createMediaUpload(payload, {
      data: still,
      mimetype: 'image/jpeg',
      alt: story.alt,
    })
    const film = story.film ? await demoFilm(still) : null
    const video = film
      ? (
          await createMediaUpload(payload, {
            data: film,
            mimetype: 'video/mp4',
            name: 'shakedown.mp4',
          })
        ).id
      : undefined
    const item = await createMediaItem(payload, {
      type: story.type,
      text: story.text,
      cover: cover.id,
      video,
      featured: story.featured,
      ...(story.film ? { audience: 'models' as const, targetModels: ['p24-rs' as const] } : {}),
      publishedAt: new Date(Date.now() - story.daysAgo * 86_400_000).toISOString(),
    })
    if (film)
      for (const [language, lines] of Object.entries(FILM_CAPTIONS) as [TLocale, string[]][])
        await createMediaCaption(payload, { item: item.id, language, vtt: webVtt(lines) })
  }
}

/** Subtitles of the six-second demo film, one file per portal language. */
const FILM_CAPTIONS: Record<TLocale, [string, string]> = {
  nl: ['Eerste testrit op de baan.', 'Nog een ronde, dan naar de fabriek.'],
  en: ['First shakedown on the track.', 'One more lap, then back to the factory.'],
  de: ['Erste Testfahrt auf der Strecke.', 'Noch eine Runde, dann zurück ins Werk.'],
}

const webVtt = ([first, second]: string[]) =>
  `WEBVTT\n\n00:00.000 --> 00:03.000\n${first}\n\n00:03.000 --> 00:06.000\n${second}\n`
