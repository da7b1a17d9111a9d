import { APIError, type CollectionBeforeDeleteHook, type CollectionSlug } from 'payload'

/**
 * What belongs to a car and must not be lost with it: photos and video today; the timeline,
 * documents and messages add their collections here. Deleting an order that still has any of
 * them is refused with what to do, instead of the database's foreign-key error.
 */
const KEPT_WITH_ORDER: { collection: CollectionSlug; what: string }[] = [
  { collection: 'order-media', what: 'photos or videos' },
  { collection: 'production-updates', what: 'production updates' },
  { collection: 'delivery-estimate-changes', what: 'delivery estimate changes' },
  { collection: 'documents', what: 'documents' },
  { collection: 'invoices', what: 'invoices' },
]

/** What only describes the car's plan and goes with it: its milestones, copied from a template. */
const DELETED_WITH_ORDER: CollectionSlug[] = ['order-milestones']

export const beforeOrderDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  for (const { collection, what } of KEPT_WITH_ORDER) {
    const { totalDocs } = await req.payload.count({
      collection,
      where: { order: { equals: id } },
      overrideAccess: true, // system: the rule holds whoever deletes
      req,
    })
    if (totalDocs > 0) {
      throw new APIError(
        `This order still has ${what} (${totalDocs}). Delete them first, or keep the order.`,
        409,
        null,
        true,
      )
    }
  }
  for (const collection of DELETED_WITH_ORDER) {
    await req.payload.delete({
      collection,
      where: { order: { equals: id } },
      overrideAccess: true, // system: the plan belongs to the order being deleted
      req,
    })
  }
}
