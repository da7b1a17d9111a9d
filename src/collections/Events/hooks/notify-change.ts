import type { CollectionAfterChangeHook } from 'payload'

import { timeOrPlaceChanged } from '@/lib/events/changes'
import { notify } from '@/lib/notify'

/**
 * When a published event moves in time or place, everyone registered or waiting is told, in the
 * same transaction as the change (their mail follows through the notification queue).
 */
export const notifyRegistrantsOfChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  if (context.seed || operation !== 'update') return doc
  if (doc._status !== 'published' || previousDoc?._status !== 'published') return doc
  if (!timeOrPlaceChanged(previousDoc, doc)) return doc
  const { docs } = await req.payload.find({
    collection: 'event-registrations',
    where: { event: { equals: doc.id }, status: { in: ['confirmed', 'waitlisted'] } },
    select: { customer: true },
    depth: 0,
    pagination: false,
    overrideAccess: true, // system: everyone registered for this event is told of the change
    req,
  })
  for (const r of docs)
    await notify(
      {
        customer: String(r.customer),
        type: 'event-news',
        title: { key: 'Events.notify.changedTitle', params: { event: String(doc.title ?? '') } },
        body: { key: 'Events.notify.changedBody' },
        link: `/events/${doc.id}`,
        entity: { collection: 'events', id: doc.id },
      },
      req,
    )
  return doc
}
