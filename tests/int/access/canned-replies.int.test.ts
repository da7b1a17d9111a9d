import type { Payload } from 'payload'

import { accessTable, gqlNames, row } from '../support/access-table'
import { rand } from '../support/access-world'

const replies: Record<string, string> = {}

const createReply = async (payload: Payload) =>
  (
    await payload.create({
      collection: 'canned-replies',
      data: { title: `Reply ${rand()}`, body: 'Thank you, I will come back to you.' },
    })
  ).id

/**
 * Canned replies: for the staff who answer customers (admins, account managers), who also write
 * them; marketing, finance and customers never see one.
 */
accessTable({
  slug: 'canned-replies',
  gql: gqlNames('CannedReply', 'CannedReplies'),
  setup: async (w) => {
    replies.R = await createReply(w.payload)
  },
  docs: () => replies,
  read: row('R', 'R', '', '', '', ''),
  update: row('R', 'R', '', '', '', ''),
  delete: row('R', 'R', '', '', '', ''),
  create: row('new', 'new', '', '', '', ''),
  patch: { field: 'title', value: () => `title ${rand()}` },
  newDoc: () => ({ title: `New ${rand()}`, body: 'A new canned reply.' }),
  key: 'title',
  disposable: async (w) => await createReply(w.payload),
})
