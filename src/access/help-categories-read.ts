import type { Access } from 'payload'

import { isCustomer, isStaff } from './user'

/** Help categories carry no customer data: every signed-in customer and staff member reads them. */
export const helpCategoriesRead: Access = ({ req: { user } }) => isStaff(user) || isCustomer(user)
