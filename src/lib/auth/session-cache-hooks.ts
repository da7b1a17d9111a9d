import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'

import { sessionCache } from './session-cache'

const idOf = (value: unknown): string | null => {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value && typeof value.id === 'string')
    return value.id
  return null
}

const changing = (customerId: string | null) => {
  if (customerId) sessionCache()?.changing(customerId)
}

/**
 * Before a customer or one of their sessions is written here, this process stops reusing that
 * customer's session lookups until the database confirms the commit (src/lib/auth/session-cache.ts):
 * a sign-out holds for the very next request. Other processes hear it through the database.
 */
export const customerChanging: CollectionBeforeChangeHook = ({ originalDoc, data }) => {
  changing(idOf(originalDoc?.id))
  return data
}

export const customerDeleting: CollectionBeforeDeleteHook = ({ id }) => {
  changing(String(id))
}

export const sessionChanging: CollectionBeforeChangeHook = ({ originalDoc, data }) => {
  changing(idOf(originalDoc?.customer) ?? idOf(data.customer))
  return data
}

export const sessionDeleting: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = await req.payload.findByID({
    collection: 'customer-sessions',
    id,
    depth: 0,
    select: { customer: true },
    disableErrors: true,
    overrideAccess: true, // system: whose session is about to go, to stop reusing its lookup
    req,
  })
  changing(idOf(doc?.customer))
}
