import 'server-only'

import type { Payload, Where } from 'payload'

import type { TCustomerUser } from '@/access/user'

/** The most a single report may add to the watch time: players report every ~10 s. */
export const MAX_WATCH_DELTA_SECONDS = 60

export type TProgressReport = {
  /** Opening the item counts a view (and clears its "new" mark). */
  opened?: boolean
  position?: number
  duration?: number
  watched?: number
}

/**
 * Records what a customer did with an item they may read (the caller checked): a view, where
 * they are in its video, seconds watched. One row per customer and item (unique index).
 */
export async function recordProgress(
  payload: Payload,
  customer: TCustomerUser,
  item: string,
  report: TProgressReport,
) {
  const where: Where = { and: [{ customer: { equals: customer.id } }, { item: { equals: item } }] }
  const find = async () =>
    (
      await payload.find({
        collection: 'media-progress',
        where,
        limit: 1,
        depth: 0,
        overrideAccess: true, // system: this customer's own row; the item's access was checked
      })
    ).docs[0]
  const now = new Date().toISOString()
  const watched = Math.min(Math.max(report.watched ?? 0, 0), MAX_WATCH_DELTA_SECONDS)
  const position = report.position !== undefined ? Math.max(report.position, 0) : undefined
  const duration = report.duration
  const completed =
    position !== undefined && duration
      ? position >= duration - 5 || position / duration > 0.95
      : undefined
  let row = await find()
  if (!row) {
    try {
      return await payload.create({
        collection: 'media-progress',
        data: {
          customer: customer.id,
          item,
          views: 1,
          position: position ?? 0,
          duration,
          watchedSeconds: watched,
          completed: completed ?? false,
          lastViewedAt: now,
        },
        overrideAccess: true, // system: written only by this route for the signed-in customer
      })
    } catch {
      row = await find() // another report made it first (unique customer + item)
      if (!row) throw new Error('media progress row could not be written')
    }
  }
  return payload.update({
    collection: 'media-progress',
    id: row.id,
    data: {
      views: (row.views ?? 0) + (report.opened ? 1 : 0),
      ...(position !== undefined ? { position } : {}),
      ...(duration ? { duration } : {}),
      watchedSeconds: (row.watchedSeconds ?? 0) + watched,
      ...(completed !== undefined ? { completed } : {}),
      lastViewedAt: now,
    },
    overrideAccess: true, // system: written only by this route for the signed-in customer
  })
}
