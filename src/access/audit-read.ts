import type { Access } from 'payload'

import { staffCan } from './user'

/** The audit trail: admins and finance read it; nobody, whatever their role, changes it. */
export const auditRead: Access = ({ req }) => staffCan(req.user, 'audit:read')
