import type { Access } from 'payload'

import { staffCan } from './user'

export const customersCreate: Access = ({ req: { user } }) =>
  staffCan(user, 'customers:write-all') || staffCan(user, 'customers:write-own')
