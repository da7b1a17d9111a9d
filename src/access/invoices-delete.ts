import type { Access, AccessResult } from 'payload'

import { INVOICE_RETENTION_YEARS, retentionCutoff } from '@/lib/documents/retention'

import { staffCan } from './user'

/**
 * Invoices are kept INVOICE_RETENTION_YEARS (Dutch fiscal retention): not even an administrator
 * deletes a younger one, through any API. The migration's trigger refuses it in the database too.
 */
export const invoicesDelete: Access = ({ req: { user } }): AccessResult => {
  if (!staffCan(user, 'invoices:write-all')) return false
  return { issueDate: { less_than: retentionCutoff(new Date()).toISOString() } }
}

export { INVOICE_RETENTION_YEARS }
