import type { Access, AccessResult, PayloadRequest, Where } from 'payload'

import { customerAudience } from '@/lib/help/customer-audience'

import { isCustomer, isStaff, type TCustomerUser } from './user'

/**
 * Staff read every article, drafts included (the admin lists them). A customer reads only
 * published articles meant for them: untargeted ones, and targeted ones whose model or stage
 * matches one of their orders. Drafts stay out by this filter whatever path asks (REST, GraphQL,
 * `?draft=true`: Payload applies the same filter to the versions it would substitute).
 */
export const helpArticlesRead: Access = async ({ req }): Promise<AccessResult> => {
  const { user } = req
  if (isStaff(user)) return true
  if (isCustomer(user)) return customerArticleWhere(req, user)
  return false
}

async function customerArticleWhere(req: PayloadRequest, customer: TCustomerUser): Promise<Where> {
  const { models, stages } = await customerAudience(req, customer.id)
  const anyOf = (flag: 'anyModel' | 'anyStage', field: string, values: string[]): Where => ({
    or: [{ [flag]: { equals: true } }, ...(values.length ? [{ [field]: { in: values } }] : [])],
  })
  return {
    and: [
      { _status: { equals: 'published' } },
      anyOf('anyModel', 'targetModels', models),
      anyOf('anyStage', 'targetStages', stages),
    ],
  }
}
