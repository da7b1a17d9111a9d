import type { Access } from 'payload'

import { staffCan } from './user'

/** Events and their images are written by marketing and administrators. */
export const eventsManage: Access = ({ req }) => staffCan(req.user, 'events:manage')
