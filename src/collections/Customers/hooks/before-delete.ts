import { APIError, type CollectionBeforeDeleteHook } from 'payload'

/**
 * A customer with orders is not deleted (the orders would lose their owner; disable the customer
 * instead). Their sessions, account links and notifications go with them, in the same transaction.
 */
export const beforeCustomerDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { totalDocs } = await req.payload.count({
    collection: 'orders',
    where: { customer: { equals: id } },
    overrideAccess: true, // system: the rule holds whoever deletes
    req,
  })
  // Documents and invoices are kept (invoices seven years by law): they keep the customer too.
  const kept = await Promise.all(
    (['documents', 'invoices'] as const).map((collection) =>
      req.payload.count({
        collection,
        where: { customer: { equals: id } },
        overrideAccess: true, // system: the rule holds whoever deletes
        req,
      }),
    ),
  )
  if (kept.some((c) => c.totalDocs > 0)) {
    throw new APIError(
      'This customer still has documents or invoices. Disable the customer instead.',
      409,
      null,
      true,
    )
  }
  if (totalDocs > 0) {
    throw new APIError(
      'This customer still has orders. Disable the customer instead, or remove the orders first.',
      409,
      null,
      true,
    )
  }
  for (const collection of ['customer-sessions', 'account-tokens', 'notifications'] as const) {
    await req.payload.delete({
      collection,
      where: { customer: { equals: id } },
      overrideAccess: true, // system: nobody may delete these through the API; they belong to the customer
      req,
    })
  }
}
