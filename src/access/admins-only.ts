import type { Access } from 'payload'

import { staffCan } from './user'

export const adminsOnly: Access = ({ req }) => staffCan(req.user, 'staff:manage')
