import { recordProgress } from '@/features/media/progress'
import { createMediaItem } from '@/seed/media-factories'

import { accessTable, gqlNames, row } from '../support/access-table'
import type { TCtx } from '../support/access-world'

const docs: Record<string, string> = {}

const view = async (w: TCtx, customer: TCtx['customerA']) => {
  const item = await createMediaItem(w.payload)
  const user = { ...customer, collection: 'customers' as const }
  return String((await recordProgress(w.payload, user, item.id, { opened: true })).id)
}

/**
 * What customers watched: each reads their own row (A), marketing and admins read all for the
 * library's figures; rows are written only by the portal's progress route, never through an API.
 */
accessTable({
  slug: 'media-progress',
  gql: gqlNames('MediaProgress', 'MediaProgresses'),
  setup: async (w) => {
    docs.A = await view(w, w.customerA)
    docs.B = await view(w, w.customerB)
  },
  docs: () => docs,
  read: row('A B', '', 'A B', '', 'A', ''),
  update: row('', '', '', '', '', ''),
  delete: row('', '', '', '', '', ''),
  create: row('', '', '', '', '', ''),
  patch: { field: 'lastViewedAt', value: () => new Date(Date.UTC(2026, 0, 2)).toISOString() },
  newDoc: (w) => ({ customer: w.customerA.id, position: 3 }),
  key: 'position',
})
