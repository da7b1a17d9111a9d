import 'server-only'

import { createTranslator } from 'next-intl'
import { z } from 'zod'

import type { TCustomerUser } from '@/access/user'
import { ownTicketPdf } from '@/lib/events/ticket'
import { route } from '@/lib/http/route'
import { LOCALES } from '@/lib/i18n/locales'
import { MESSAGES } from '@/lib/i18n/messages'
import { getPayload } from '@/payload/get-payload'

const ZTicketParams = z.object({ locale: z.enum(LOCALES), id: z.uuid() })

/**
 * GET /[locale]/events/:id/ticket: the customer's own ticket PDF (the link in the confirmation
 * mail). Anyone else's, or none yet (waitlisted), is 404.
 */
export const ticketRoute = route({
  name: '/[locale]/events/:id/ticket',
  auth: 'customer',
  params: ZTicketParams,
  handler: async ({ params, user }) => {
    const t = createTranslator({
      locale: params.locale,
      messages: MESSAGES[params.locale],
      namespace: 'Events.ticket',
    })
    const { pdf, filename } = await ownTicketPdf({
      payload: await getPayload(),
      customer: user as TCustomerUser,
      eventId: params.id,
      locale: params.locale,
      labels: {
        ticket: t('ticket'),
        when: t('when'),
        where: t('where'),
        guests: t('guests'),
        code: t('code'),
        holder: t('holder'),
      },
    })
    return new Response(new Uint8Array(pdf), {
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="${filename}"`,
        'cache-control': 'private, no-store',
      },
    })
  },
})
