import 'server-only'

import type { Passkey } from '@/payload-types'
import { AppError } from '@/lib/errors'
import { route } from '@/lib/http/route'
import { getPayload } from '@/payload/get-payload'

import { auditedPasskeyChange } from './audited-change'
import { PASSKEY_ENDPOINT, PASSKEY_SETTINGS, ZPasskeyParams, ZRename } from './schema'

/** What a customer may see of a passkey: never the key, the credential id or the counter. */
const publicView = (p: Passkey) => ({
  id: p.id,
  name: p.name,
  createdAt: p.createdAt,
  lastUsedAt: p.lastUsedAt ?? null,
  deviceType: p.deviceType ?? null,
  backedUp: Boolean(p.backedUp),
})
export type TPasskeyView = ReturnType<typeof publicView>

/** The customer's own passkey, read with their own access rights; "missing" and "not yours" are one 404. */
async function ownPasskey(customer: { id: string }, id: string) {
  const payload = await getPayload()
  const { docs } = await payload.find({
    collection: 'passkeys',
    where: { and: [{ id: { equals: id } }, { customer: { equals: customer.id } }] },
    depth: 0,
    limit: 1,
    pagination: false,
    user: { ...customer, collection: 'customers' },
    overrideAccess: false,
  })
  if (!docs[0]) throw new AppError('NOT_FOUND', 'No such passkey.')
  return docs[0]
}

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
