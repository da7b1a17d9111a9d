import type { Access } from 'payload'

import { isCustomer } from './user'

/**
 * Votes are the customer's own words: only they cast them (staff never vote in a customer's
 * name). Which customer a new vote belongs to and whether they may see its article is settled in
 * the collection's beforeValidate.
 */
export const helpFeedbackCreate: Access = ({ req: { user } }) => isCustomer(user)
