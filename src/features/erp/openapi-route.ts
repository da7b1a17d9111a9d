import { route } from '@/lib/http/route'

import document from './openapi.json'

/** GET /api/integrations/erp/openapi.json: the feed's contract, the file kept beside the code. */
export const openApiRoute = route({
  name: '/api/integrations/erp/openapi.json',
  auth: 'public',
  handler: () =>
    new Response(JSON.stringify(document, null, 2), {
      headers: {
        'content-type': 'application/json',
        'cache-control': 'public, max-age=300',
      },
    }),
})
