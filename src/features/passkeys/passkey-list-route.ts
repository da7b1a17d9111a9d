import 'server-only'

import { route } from '@/lib/http/route'
import { getPayload } from '@/payload/get-payload'

import { publicView } from './passkey-view'
import { PASSKEY_ENDPOINT } from './schema'

/** GET /api/auth/passkeys: the signed-in customer's passkeys. */
export const listPasskeysRoute = route({
  name: '/api/auth/passkeys',
  ...PASSKEY_ENDPOINT,
  auth: 'customer',
  handler: async ({ customer }) => {
    const payload = await getPayload()
    const { docs } = await payload.find({
      collection: 'passkeys',
      where: { customer: { equals: customer.id } },
      depth: 0,
      limit: 100,
      pagination: false,
      sort: 'createdAt',
      user: { ...customer, collection: 'customers' },
      overrideAccess: false,
    })
    return { passkeys: docs.map(publicView) }
  },
})
