import { z } from 'zod'

import { requestContextFromHeaders } from '@/lib/audit/request-context'
import { AppError } from '@/lib/errors'
import { route } from '@/lib/http/route'
import { applyUnsubscribe } from '@/lib/notify/unsubscribe'
import { getPayload } from '@/payload/get-payload'

/**
 * RFC 8058 one-click unsubscribe: the mail client POSTs `List-Unsubscribe=One-Click` to the URL
 * in the List-Unsubscribe header, with no cookie and from no page of ours, so neither a session
 * nor the same-origin rule applies; the sealed token is the authority, for one preference only.
 */
export const unsubscribeRoute = route({
  name: '/api/notifications/unsubscribe',
  auth: 'public',
  query: z.object({ token: z.string().min(1).max(2000) }),
  handler: async ({ query, req }) => {
    const result = await applyUnsubscribe({
      payload: await getPayload(),
      token: query.token,
      meta: requestContextFromHeaders(req.headers),
    })
    if (result.state === 'invalid') throw new AppError('NOT_FOUND', 'This link is not valid.')
    return { state: result.state, types: result.types }
  },
})
