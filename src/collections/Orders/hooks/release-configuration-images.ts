import type { CollectionAfterChangeHook } from 'payload'

import {
  configurationImageIds,
  syncMediaVisibility,
} from '@/collections/ProductionUpdates/hooks/release-media'
import type { Order } from '@/payload-types'

/**
 * A photo staff attach to a configuration option is released to the customer with it, and
 * withdrawn when it is taken off again (unless a published update still shows it).
 */
export const releaseConfigurationImages: CollectionAfterChangeHook<Order> = async ({
  doc,
  previousDoc,
  req,
}) => {
  await syncMediaVisibility(req, [
    ...configurationImageIds(doc),
    ...configurationImageIds(previousDoc),
  ])
  return doc
}
