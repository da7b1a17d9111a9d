'use server'

import { formAction } from '@/lib/http/action'
import { logger } from '@/lib/logger'
import { getPayload } from '@/payload/get-payload'

import { recordHelpVote } from './record-vote'
import { ZHelpVote, type THelpVoteState } from './schema'

/** The "Was this helpful?" buttons of an article page (they work without JavaScript too). */
export const voteHelpfulAction = formAction({
  schema: ZHelpVote,
  auth: 'customer',
  invalid: (_raw, prev: THelpVoteState): THelpVoteState => ({ ...prev, error: 'failed' }),
  rateLimit: (_input, { found }) => [['help-vote:account', found.customer.id]],
  handler: async (input, { found }): Promise<THelpVoteState> => {
    try {
      const helpful = await recordHelpVote({
        payload: await getPayload(),
        customer: { ...found.customer, collection: 'customers' },
        article: input.article,
        helpful: input.helpful === 'yes',
      })
      return { helpful }
    } catch (err) {
      // A withdrawn article and a database hiccup read alike to the customer.
      logger.warn({ err, article: input.article }, 'help vote not recorded')
      return { error: 'failed' }
    }
  },
})
