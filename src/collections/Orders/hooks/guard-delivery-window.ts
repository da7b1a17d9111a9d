import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { ESTIMATE_CHANGE_CONTEXT } from '@/collections/DeliveryEstimateChanges/hooks/apply-change'

const time = (v: unknown) => (v ? new Date(v as string).getTime() : null)

/**
 * Once an order has a delivery window, it moves only through a delivery estimate change, which
 * carries the reason the customer reads. Setting the first window is not a change.
 */
export const guardDeliveryWindow: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || req.context?.[ESTIMATE_CHANGE_CONTEXT]) return data
  if (!originalDoc?.deliveryWindowStart && !originalDoc?.deliveryWindowEnd) return data
  const moved = (['deliveryWindowStart', 'deliveryWindowEnd'] as const).filter(
    (f) => f in data && time(data[f]) !== time(originalDoc[f]),
  )
  if (moved.length)
    throw new ValidationError({
      collection: 'orders',
      errors: moved.map((path) => ({
        path,
        message: 'Move the estimate under "Delivery estimate changes", with a reason.',
      })),
    })
  return data
}
