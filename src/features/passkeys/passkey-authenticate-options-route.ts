import 'server-only'

import { authenticationOptions } from '@/lib/auth/webauthn'
import { route } from '@/lib/http/route'
import { getPayload } from '@/payload/get-payload'

import { expectedOwner } from './expected-owner'
import { PASSKEY_ENDPOINT, ZAuthOptions } from './schema'

/** POST /api/auth/passkeys/authenticate/options */
export const authenticateOptionsRoute = route({
  name: '/api/auth/passkeys/authenticate/options',
  ...PASSKEY_ENDPOINT,
  auth: 'public',
  body: ZAuthOptions,
  handler: async ({ req, body }) => {
    const payload = await getPayload()
    const { owner } = await expectedOwner(payload, req, body.purpose)
    return authenticationOptions({ payload, purpose: body.purpose, owner })
  },
})
