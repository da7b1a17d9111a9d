import type { FieldAccess } from 'payload'

import { isStaff } from '../user'

/** Internal fields (notes, status, ERP ids): staff only; customers neither read nor write them. */
export const staffField: FieldAccess = ({ req: { user } }) => isStaff(user)
