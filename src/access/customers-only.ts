import type { Access } from 'payload'

import { isCustomer } from './user'

/** Marks a customer makes about themselves (the owner is set from the session by a hook). */
export const customersOnly: Access = ({ req: { user } }) => isCustomer(user)
