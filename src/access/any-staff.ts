import type { Access } from 'payload'

import { isStaff } from './user'

/** Back-office configuration every staff member reads and no customer needs. */
export const anyStaff: Access = ({ req: { user } }) => isStaff(user)
