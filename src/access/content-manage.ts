import type { Access } from 'payload'

import { staffCan } from './user'

/** The media library is written by marketing and admins. */
export const contentManage: Access = ({ req }) => staffCan(req.user, 'content:manage')
