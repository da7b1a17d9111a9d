import type { Access } from 'payload'

import { staffCan } from './user'

/** Adding or renaming a document type changes every customer's page: administrators only. */
export const documentTypesWrite: Access = ({ req: { user } }) =>
  staffCan(user, 'documents:write-all')
