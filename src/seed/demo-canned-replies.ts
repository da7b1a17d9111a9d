import type { Payload } from 'payload'

type TText = { title: string; body: string }
type TReply = { en: TText; nl: TText; de: TText }

/** Three ready-made answers account managers use most, in every portal language. */
const REPLIES: TReply[] = [
  {
    en: {
      title: 'Question received',
      body: 'Thank you for your message. I am looking into it with the factory and will come back to you within one working day.',
    },
    nl: {
      title: 'Vraag ontvangen',
      body: 'Dank voor uw bericht. Ik zoek het uit met de fabriek en kom binnen één werkdag bij u terug.',
    },
    de: {
      title: 'Frage erhalten',
      body: 'Vielen Dank für Ihre Nachricht. Ich kläre das mit der Manufaktur und melde mich innerhalb eines Werktages bei Ihnen.',
    },
  },
  {
    en: {
      title: 'New photos of your car',
      body: 'New photos of your car are in your timeline. Have a look and tell me what you think.',
    },
    nl: {
      title: "Nieuwe foto's van uw auto",
      body: "Er staan nieuwe foto's van uw auto in uw tijdlijn. Kijkt u gerust en laat me weten wat u ervan vindt.",
    },
    de: {
      title: 'Neue Fotos Ihres Wagens',
      body: 'In Ihrer Zeitleiste finden Sie neue Fotos Ihres Wagens. Schauen Sie gern hinein und sagen Sie mir, was Sie davon halten.',
    },
  },
  {
    en: {
      title: 'Visit to the factory',
      body: 'You are very welcome to see your car being built in Lelystad. Which days would suit you?',
    },
    nl: {
      title: 'Bezoek aan de fabriek',
      body: 'U bent van harte welkom om uw auto in Lelystad te zien bouwen. Welke dagen komen u uit?',
    },
    de: {
      title: 'Besuch in der Manufaktur',
      body: 'Sie sind herzlich eingeladen, den Bau Ihres Wagens in Lelystad zu sehen. Welche Tage passen Ihnen?',
    },
  },
]

export async function seedDemoCannedReplies(payload: Payload) {
  for (const [i, reply] of REPLIES.entries()) {
    const created = await payload.create({
      collection: 'canned-replies',
      locale: 'en',
      data: { ...reply.en, sortOrder: (i + 1) * 10 },
    })
    for (const locale of ['nl', 'de'] as const)
      await payload.update({
        collection: 'canned-replies',
        id: created.id,
        locale,
        data: reply[locale],
      })
  }
}
