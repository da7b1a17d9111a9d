import { randomUUID } from 'node:crypto'

import { createProductionUpdate } from '@/seed/timeline-factories'

import { accessTable, gqlNames, row } from '../support/access-table'
import type { TCtx } from '../support/access-world'

const docs: Record<string, string> = {}
/** Published updates of A's car nobody has marked yet, one per create attempt. */
const fresh: string[] = []

const mark = async (w: TCtx, customer: string, order: string) => {
  const update = (await createProductionUpdate(w.payload, { order })).id
  return String(
    (
      await w.payload.create({
        collection: 'update-seen-marks',
        data: { customer, update },
        overrideAccess: true, // test setup
      })
    ).id,
  )
}

/**
 * "Seen" marks: a customer reads and makes their own (the owner is always the session's); staff
 * read them as they read customers; nobody edits one.
 */
accessTable({
  slug: 'update-seen-marks',
  gql: gqlNames('UpdateSeenMark', 'UpdateSeenMarks'),
  setup: async (w) => {
    docs.A = await mark(w, w.customerA.id, w.orderA.id)
    docs.B = await mark(w, w.customerB.id, w.orderB.id)
    for (let i = 0; i < 20; i++)
      fresh.push((await createProductionUpdate(w.payload, { order: w.orderA.id })).id)
  },
  docs: () => docs,
  read: row('A B', 'A', 'A B', 'A B', 'A', ''),
  update: row('', '', '', '', '', ''),
  delete: row('A B', '', '', '', '', ''),
  create: row('', '', '', '', 'new', ''),
  patch: { field: 'customer', value: () => randomUUID() },
  newDoc: () => ({ update: fresh.shift()! }),
  key: 'update',
  disposable: (w, name) =>
    name === 'B' ? mark(w, w.customerB.id, w.orderB.id) : mark(w, w.customerA.id, w.orderA.id),
})
