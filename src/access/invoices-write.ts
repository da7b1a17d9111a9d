import type { Access } from 'payload'

import { staffCan } from './user'

/** Finance (and administrators) issue invoices and mark them paid. */
export const invoicesWrite: Access = ({ req: { user } }) => staffCan(user, 'invoices:write-all')
