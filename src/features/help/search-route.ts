import 'server-only'

import { route } from '@/lib/http/route'
import { getPayload } from '@/payload/get-payload'

import { ZHelpSearchQuery } from './schema'
import { searchHelp } from './search/search-help'

/** GET /api/help/search?q=…&locale=…: the help centre's search as you type. */
export const helpSearchRoute = route({
  name: '/api/help/search',
  auth: 'customer',
  query: ZHelpSearchQuery,
  rateLimit: ['help-search:account'],
  handler: async ({ query, user }) => {
    const result = await searchHelp({
      payload: await getPayload(),
      user,
      locale: query.locale,
      query: query.q,
    })
    return Response.json(result, { headers: { 'cache-control': 'private, no-store' } })
  },
})
