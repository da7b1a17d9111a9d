import { APIError, type CollectionBeforeOperationHook } from 'payload'

/**
 * A stored version (or an issued invoice) keeps its file for good: replacing it would delete the
 * earlier file. A new file is a new version; an invoice is corrected by a new invoice.
 */
export const keepFile: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'update' && req.file)
    throw new APIError(
      'This file cannot be replaced. Add a new version (or issue a new invoice) instead.',
      400,
      null,
      true,
    )
  return args
}
