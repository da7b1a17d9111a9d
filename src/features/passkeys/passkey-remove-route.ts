import 'server-only'

import { route } from '@/lib/http/route'
import { getPayload } from '@/payload/get-payload'

import { auditedPasskeyChange } from './audited-change'
import { ownPasskey } from './passkey-view'
import { PASSKEY_SETTINGS, ZPasskeyParams } from './schema'

/** DELETE /api/auth/passkeys/:id: removes one of the customer's own passkeys. */
export const removePasskeyRoute = route({
  name: '/api/auth/passkeys/:id',
  ...PASSKEY_SETTINGS,
  params: ZPasskeyParams,
  handler: async ({ req, params, customer }) => {
    const payload = await getPayload()
    const passkey = await ownPasskey(customer, params.id)
    await auditedPasskeyChange({
      req,
      customer,
      action: 'auth.passkey.removed',
      write: (tx) =>
        payload.delete({
          collection: 'passkeys',
          id: passkey.id,
          overrideAccess: true, // system: ownership and a fresh confirmation were checked above
          req: tx,
        }),
      details: () => ({ passkeyId: passkey.id, name: passkey.name }),
    })
    return new Response(null, { status: 204 })
  },
})
