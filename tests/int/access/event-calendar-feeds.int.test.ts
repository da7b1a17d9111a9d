import { asCustomerUser } from '@/access/user'
import { regenerateFeed } from '@/lib/events/calendar-feed'

import { accessTable, gqlNames, row } from '../support/access-table'
import { rand } from '../support/access-world'

const docs: Record<string, string> = {}

/**
 * Calendar feeds: a customer sees that they have one (A), administrators all; the token's hash
 * is never returned, and nobody writes them through Payload (regenerate and revoke are our own
 * routes).
 */
accessTable({
  slug: 'event-calendar-feeds',
  gql: gqlNames('EventCalendarFeed', 'EventCalendarFeeds'),
  setup: async (w) => {
    for (const [name, customer] of [
      ['A', w.customerA],
      ['B', w.customerB],
    ] as const) {
      await regenerateFeed(w.payload, asCustomerUser(customer))
      const found = await w.payload.find({
        collection: 'event-calendar-feeds',
        where: { customer: { equals: customer.id } },
        overrideAccess: true,
      })
      docs[name] = found.docs[0].id
    }
  },
  docs: () => docs,
  read: row('A B', '', '', '', 'A', ''),
  update: row('', '', '', '', '', ''),
  delete: row('', '', '', '', '', ''),
  create: row('', '', '', '', '', ''),
  patch: { field: 'tokenHash', value: () => `forged-${rand()}` },
  newDoc: (w) => ({ customer: w.customerA.id, tokenHash: `new-${rand()}` }),
  key: 'tokenHash',
})
