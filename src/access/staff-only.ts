import type { Access } from 'payload'

import { isStaff } from './user'

export const staffOnly: Access = ({ req }) => isStaff(req.user)
