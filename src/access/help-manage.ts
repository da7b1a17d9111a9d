import type { Access } from 'payload'

import { staffCan } from './user'

/** Help categories and articles are written by admins, marketing and account managers. */
export const helpManage: Access = ({ req }) => staffCan(req.user, 'help:manage')
