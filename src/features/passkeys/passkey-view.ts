import 'server-only'

import { AppError } from '@/lib/errors'
import { getPayload } from '@/payload/get-payload'
import type { Passkey } from '@/payload-types'

/** What a customer may see of a passkey: never the key, the credential id or the counter. */
export const publicView = (p: Passkey) => ({
  id: p.id,
  name: p.name,
  createdAt: p.createdAt,
  lastUsedAt: p.lastUsedAt ?? null,
  deviceType: p.deviceType ?? null,
  backedUp: Boolean(p.backedUp),
})
export type TPasskeyView = ReturnType<typeof publicView>

/** The customer's own passkey, read with their own access rights; "missing" and "not yours" are one 404. */
export async function ownPasskey(customer: { id: string }, id: string) {
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
