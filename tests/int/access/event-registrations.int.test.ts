import { createEvent, registerCustomer } from '@/seed/event-factories'

import { accessTable, gqlNames, row } from '../support/access-table'
import { rand } from '../support/access-world'

const docs: Record<string, string> = {}
let eventId = ''

/**
 * Registrations: a customer reads only their own (A, not B); staff who run events or the gate
 * read all, finance none. Nobody writes them through Payload — every write goes through the
 * locked path in src/lib/events.
 */
accessTable({
  slug: 'event-registrations',
  gql: gqlNames('EventRegistration', 'EventRegistrations'),
  setup: async (w) => {
    eventId = (await createEvent(w.payload, { capacity: 10 })).id
    docs.A = (await registerCustomer(w.payload, w.customerA, eventId)).id
    docs.B = (await registerCustomer(w.payload, w.customerB, eventId)).id
  },
  docs: () => docs,
  read: row('A B', 'A B', 'A B', '', 'A', ''),
  update: row('', '', '', '', '', ''),
  delete: row('', '', '', '', '', ''),
  create: row('', '', '', '', '', ''),
  patch: { field: 'dietary', value: () => `dietary ${rand()}` },
  newDoc: (w) => ({
    event: eventId,
    customer: w.customerA.id,
    status: 'confirmed',
    guests: 0,
    ticketCode: `X${rand()}`,
  }),
  key: 'ticketCode',
})
