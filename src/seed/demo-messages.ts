import type { Payload } from 'payload'

import { createAttachment, createConversation, createMessage } from './message-factories'
import { simplePdf } from './pdf'

const ago = (hours: number) => new Date(Date.now() - hours * 3600_000).toISOString()

/**
 * Sophie's conversation with Anouk over a few days, in Dutch: a PDF she was sent, and one internal
 * note between staff that she must never see. Max (German) has an unread reply waiting.
 */
export async function seedDemoMessages(
  payload: Payload,
  args: { customers: Map<string, string>; staff: Map<string, string> },
) {
  const anouk = { staff: args.staff.get('anouk@donkervoort.example')! }
  const sophieId = args.customers.get('sophie@customer.example')!
  const sophie = (await createConversation(payload, sophieId)).id
  const say = (
    conversation: string,
    from: { customer: true } | { staff: string },
    body: string,
    hoursAgo: number,
    extra = {},
  ) => createMessage(payload, { conversation, from, body, createdAt: ago(hoursAgo), ...extra })

  await say(
    sophie,
    { customer: true },
    'Goedemiddag Anouk, kunnen we de remklauwen van de P24 RS nog in het oranje laten uitvoeren?',
    74,
  )
  await say(
    sophie,
    anouk,
    'Goedemiddag Sophie, dat kan zeker. Ik vraag het na bij de werkplaats en kom er morgen op terug.',
    73,
  )
  await say(
    sophie,
    anouk,
    'Werkplaats: oranje remklauwen mogelijk tot de lakfase, meerprijs volgens prijslijst 2026. Klant eerst de offerte sturen.',
    72,
    { internal: true },
  )
  const quote = await createAttachment(payload, {
    conversation: sophie,
    from: anouk,
    file: {
      data: await simplePdf({
        title: 'Offerte remklauwen oranje',
        lines: ['P24 RS · DV-2026-0142', 'Remklauwen in Donkervoort-oranje'],
      }),
      name: 'offerte-remklauwen.pdf',
      mimetype: 'application/pdf',
    },
  })
  await say(
    sophie,
    anouk,
    'Hierbij de offerte voor de oranje remklauwen. Laat u het weten als u akkoord bent?',
    50,
    { attachments: [quote.id] },
  )
  await say(sophie, { customer: true }, 'Akkoord, graag zo uitvoeren. Dank u wel!', 49)
  await say(sophie, anouk, 'Genoteerd. De remklauwen gaan mee in de lakfase van volgende week.', 26)
  await payload.update({
    collection: 'conversations',
    id: sophie,
    data: { customerReadAt: ago(25), staffReadAt: ago(25) },
    overrideAccess: true, // seed: both sides have read the history
    context: { seed: true },
  })

  const maxId = args.customers.get('max@customer.example')!
  const max = (await createConversation(payload, maxId)).id
  await say(
    max,
    { customer: true },
    'Hallo Anouk, wann beginnt die Endmontage meines F22 genau?',
    30,
  )
  await payload.update({
    collection: 'conversations',
    id: max,
    data: { customerReadAt: ago(29), staffReadAt: ago(28) },
    overrideAccess: true, // seed: Max read up to his own question; the reply below is unread
    context: { seed: true },
  })
  await say(
    max,
    anouk,
    'Hallo Max, die Endmontage hat diese Woche begonnen. Fotos folgen im nächsten Update!',
    3,
  )
}
