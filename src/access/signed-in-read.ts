import type { Access } from 'payload'

import { isCustomer, isStaff } from './user'

/** Reference data every signed-in principal needs to read (milestone names): never anonymous. */
export const signedInRead: Access = ({ req: { user } }) => isStaff(user) || isCustomer(user)
