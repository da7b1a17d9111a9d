import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import { idOf } from '@/lib/timeline/milestones'

/** A reason a customer can read: a few words at least, not whitespace. */
export const MIN_REASON_LENGTH = 5

/**
 * The window the change moves from is the order's current one, read here rather than taken from
 * the form; the new window must be a real change and not end before it starts.
 */
export const fillPrevious: CollectionBeforeValidateHook = async ({ data, req, operation }) => {
  if (operation !== 'create' || !data) return data
  const errors: { path: string; message: string }[] = []
  const reason = typeof data.reason === 'string' ? data.reason.trim() : ''
  if (reason.length < MIN_REASON_LENGTH)
    errors.push({ path: 'reason', message: 'Give the customer a reason for the change.' })
  else data.reason = reason
  const order = idOf(data.order)
  const current = order
    ? await req.payload.findByID({
        collection: 'orders',
        id: order,
        depth: 0,
        select: { deliveryWindowStart: true, deliveryWindowEnd: true },
        overrideAccess: true, // system: ownership is checked by ownOrderOnly before this
        disableErrors: true,
        req,
      })
    : null
  if (current) {
    data.fromStart = current.deliveryWindowStart ?? null
    data.fromEnd = current.deliveryWindowEnd ?? null
  }
  const start = data.toStart ? new Date(data.toStart).getTime() : NaN
  const end = data.toEnd ? new Date(data.toEnd).getTime() : NaN
  if (Number.isFinite(start) && Number.isFinite(end)) {
    if (end < start)
      errors.push({ path: 'toEnd', message: 'The window cannot end before it starts.' })
    const same = (a: unknown, b: number) => a && new Date(a as string).getTime() === b
    if (current && same(data.fromStart, start) && same(data.fromEnd, end))
      errors.push({ path: 'toStart', message: 'This is the current estimate already.' })
  }
  if (errors.length) throw new ValidationError({ collection: 'delivery-estimate-changes', errors })
  return data
}
