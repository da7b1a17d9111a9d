import { accessTable, gqlNames, row } from '../support/access-table'
import { rand } from '../support/access-world'

const docs: Record<string, string> = {}

/** Applied ERP events: written only by the feed (system code), read by admins for support. */
accessTable({
  slug: 'erp-events',
  gql: gqlNames('ErpEvent', 'ErpEvents'),
  setup: async (w) => {
    for (const name of ['E', 'F'])
      docs[name] = String(
        (
          await w.payload.create({
            collection: 'erp-events',
            data: { eventId: `evt-${rand()}`, orderNumber: w.orderA.orderNumber, result: {} },
            overrideAccess: true, // test setup: rows only the feed writes
          })
        ).id,
      )
  },
  docs: () => docs,
  read: row('E F', '', '', '', '', ''),
  update: row('', '', '', '', '', ''),
  delete: row('', '', '', '', '', ''),
  create: row('', '', '', '', '', ''),
  patch: { field: 'state', value: () => `s${rand()}` },
  newDoc: () => ({ eventId: `new-${rand()}` }),
  key: 'eventId',
})
