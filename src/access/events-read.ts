import type { Access, AccessResult, Where } from 'payload'

import { customerAudience } from '@/lib/help/customer-audience'

import { isCustomer, isStaff } from './user'

/**
 * Staff read every event, drafts included. A customer reads only published events they may
 * attend: open to everyone, for owners of a model they have ordered, or one they are invited to.
 * The filter is the same whatever path asks (REST, GraphQL, `?draft=true`).
 */
export const eventsRead: Access = async ({ req }): Promise<AccessResult> => {
  const { user } = req
  if (isStaff(user)) return true
  if (!isCustomer(user)) return false
  const { models } = await customerAudience(req, user.id)
  const eligible: Where[] = [
    { eligibility: { equals: 'everyone' } },
    { and: [{ eligibility: { equals: 'invited' } }, { invitedCustomers: { in: [user.id] } }] },
  ]
  if (models.length)
    eligible.push({
      and: [{ eligibility: { equals: 'owners' } }, { eligibleModels: { in: models } }],
    })
  return { and: [{ _status: { equals: 'published' } }, { or: eligible }] }
}
