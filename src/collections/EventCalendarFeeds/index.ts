import type { Access, CollectionConfig } from 'payload'

import { nobody } from '@/access/nobody'
import { isCustomer, staffCan } from '@/access/user'

const ownOrAdmin: Access = ({ req: { user } }) => {
  if (staffCan(user, 'staff:manage')) return true
  if (isCustomer(user)) return { customer: { equals: user.id } }
  return false
}

/**
 * A customer's personal calendar feed: the feed URL carries a random token, of which only the
 * SHA-256 is kept. Regenerating replaces it, revoking deletes the row; both go through
 * src/lib/events/calendar-feed.ts, never through the API.
 */
export const EventCalendarFeeds: CollectionConfig = {
  slug: 'event-calendar-feeds',
  labels: { singular: 'Calendar feed', plural: 'Calendar feeds' },
  admin: { group: 'System', hidden: ({ user }) => !staffCan(user, 'staff:manage') },
  access: { read: ownOrAdmin, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'customer',
      type: 'relationship',
      relationTo: 'customers',
      required: true,
      unique: true,
    },
    { name: 'tokenHash', type: 'text', required: true, unique: true, hidden: true },
  ],
}
