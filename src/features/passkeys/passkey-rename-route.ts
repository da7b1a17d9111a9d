import 'server-only'

import { route } from '@/lib/http/route'
import { getPayload } from '@/payload/get-payload'

import { auditedPasskeyChange } from './audited-change'
import { ownPasskey, publicView } from './passkey-view'
import { PASSKEY_SETTINGS, ZPasskeyParams, ZRename } from './schema'

/** PATCH /api/auth/passkeys/:id: a new name for one of the customer's own passkeys. */
export const renamePasskeyRoute = route({
  name: '/api/auth/passkeys/:id',
  ...PASSKEY_SETTINGS,
  params: ZPasskeyParams,
  body: ZRename,
  handler: async ({ req, body, params, customer }) => {
    const payload = await getPayload()
    const passkey = await ownPasskey(customer, params.id)
    const updated = await auditedPasskeyChange({
      req,
      customer,
      action: 'auth.passkey.renamed',
      write: (tx) =>
        payload.update({
          collection: 'passkeys',
          id: passkey.id,
          data: { name: body.name },
          depth: 0,
          overrideAccess: true, // system: ownership and a fresh confirmation were checked above
          req: tx,
        }),
      details: () => ({ passkeyId: passkey.id, from: passkey.name, to: body.name }),
    })
    return publicView(updated)
  },
})
