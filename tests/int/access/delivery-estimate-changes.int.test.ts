import { accessTable, gqlNames, row } from '../support/access-table'
import { rand, type TCtx } from '../support/access-world'

const docs: Record<string, string> = {}

/** A month no other call uses, so every change is a real move of the window. */
let months = 0
const window = () => {
  months += 1
  const start = new Date(Date.UTC(2030, months, 1))
  const end = new Date(Date.UTC(2030, months + 2, 1))
  return { toStart: start.toISOString(), toEnd: end.toISOString() }
}

const change = async (w: TCtx, order: string) =>
  String(
    (
      await w.payload.create({
        collection: 'delivery-estimate-changes',
        data: { order, ...window(), reason: `supplier delay ${rand()}` },
        overrideAccess: true, // test setup
        context: { seed: true },
      })
    ).id,
  )

/**
 * Estimate history: read as orders; created by staff who may change the order; never edited
 * (the history is what the customer was told), deleted by admins only.
 */
accessTable({
  slug: 'delivery-estimate-changes',
  gql: gqlNames('DeliveryEstimateChange', 'DeliveryEstimateChanges'),
  setup: async (w) => {
    docs.A = await change(w, w.orderA.id)
    docs.B = await change(w, w.orderB.id)
  },
  docs: () => docs,
  read: row('A B', 'A', 'A B', 'A B', 'A', ''),
  update: row('', '', '', '', '', ''),
  delete: row('A B', '', '', '', '', ''),
  create: row('new', 'new', '', '', '', ''),
  patch: { field: 'reason', value: () => `reason ${rand()}` },
  newDoc: (w) => ({ order: w.orderA.id, ...window(), reason: `new-${rand()}` }),
  key: 'reason',
  disposable: (w, name) => change(w, name === 'B' ? w.orderB.id : w.orderA.id),
})
