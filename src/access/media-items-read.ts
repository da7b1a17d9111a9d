import type { Access, AccessResult, PayloadRequest, Where } from 'payload'

import { customerAudience } from '@/lib/help/customer-audience'

import { isCustomer, staffCan, type TCustomerUser } from './user'

/**
 * Marketing and admins read every item, drafts included. A customer reads only published items
 * meant for them: for everyone, for owners of a model they own, for a stage one of their cars is
 * in, or naming them. The filter is the one gate: lists, ids, GraphQL, `?draft=true`, and every
 * file the item owns (poster, HLS segments — the file route asks this same access) follow it.
 */
export const mediaItemsRead: Access = async ({ req }): Promise<AccessResult> => {
  const { user } = req
  if (staffCan(user, 'content:manage')) return true
  if (isCustomer(user)) return customerMediaWhere(req, user)
  return false
}

export async function customerMediaWhere(
  req: PayloadRequest,
  customer: TCustomerUser,
): Promise<Where> {
  const { models, stages } = await customerAudience(req, customer.id)
  const targeted = (audience: string, field: string, values: string[]): Where[] =>
    values.length
      ? [{ and: [{ audience: { equals: audience } }, { [field]: { in: values } }] }]
      : []
  return {
    and: [
      { _status: { equals: 'published' } },
      {
        or: [
          { audience: { equals: 'everyone' } },
          ...targeted('models', 'targetModels', models),
          ...targeted('stages', 'targetStages', stages),
          ...targeted('customers', 'targetCustomers', [customer.id]),
        ],
      },
    ],
  }
}
