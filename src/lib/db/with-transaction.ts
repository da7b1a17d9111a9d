import type { Payload, PayloadRequest } from 'payload'

/**
 * Runs `fn` in one database transaction: everything done with the `req` it receives commits
 * together or not at all (e.g. a sign-in's bookkeeping and its audit entry).
 */
export async function withTransaction<T>(
  payload: Payload,
  fn: (req: Partial<PayloadRequest>) => Promise<T>,
): Promise<T> {
  const transactionID = await payload.db.beginTransaction()
  if (transactionID === null || transactionID === undefined) {
    throw new Error('the database adapter did not start a transaction')
  }
  try {
    const result = await fn({ transactionID })
    await payload.db.commitTransaction(transactionID)
    return result
  } catch (err) {
    await payload.db.rollbackTransaction(transactionID)
    throw err
  }
}
