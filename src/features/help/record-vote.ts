import 'server-only'

import type { Payload } from 'payload'

import type { TCustomerUser } from '@/access/user'

/**
 * "Was this helpful?": the customer's one vote on an article, cast or changed, as the customer
 * (overrideAccess: false): the collection's rules decide that the vote is theirs and that they
 * may read the article. Two tabs voting at once meet the unique (customer, article) index: the
 * loser changes the vote the winner made instead.
 */
export async function recordHelpVote(input: {
  payload: Payload
  customer: TCustomerUser
  article: string
  helpful: boolean
}): Promise<boolean> {
  const { payload, customer, article, helpful } = input
  const as = { user: customer, overrideAccess: false, depth: 0 } as const
  const change = async () => {
    const { docs } = await payload.update({
      collection: 'help-feedback',
      where: { article: { equals: article } },
      data: { helpful },
      ...as,
    })
    return docs.length > 0
  }
  if (await change()) return helpful
  try {
    await payload.create({
      collection: 'help-feedback',
      data: { customer: customer.id, article, helpful },
      ...as,
    })
  } catch (err) {
    if (!(await change())) throw err
  }
  return helpful
}
