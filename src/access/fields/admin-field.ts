import type { FieldAccess } from 'payload'

import { staffCan } from '../user'

/** Fields only an administrator may set: roles, account-manager assignment. */
export const adminField: FieldAccess = ({ req: { user } }) => staffCan(user, 'staff:manage')
