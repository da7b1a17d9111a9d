import 'server-only'

import { route } from '@/lib/http/route'
import { getPayload } from '@/payload/get-payload'
import { registrationOptions } from '@/lib/auth/webauthn'

import { PASSKEY_SETTINGS } from './schema'

/** POST /api/auth/passkeys/register/options: a signed-in customer, freshly confirmed, starts. */
export const registerOptionsRoute = route({
  name: '/api/auth/passkeys/register/options',
  ...PASSKEY_SETTINGS,
  handler: async ({ customer }) => {
    const payload = await getPayload()
    const fullName = [customer.firstName, customer.lastName].filter(Boolean).join(' ')
    return registrationOptions({
      payload,
      owner: { collection: 'customers', id: customer.id },
      userName: customer.email,
      displayName: fullName || customer.email,
    })
  },
})
