import { accessTable, gqlNames, row } from '../support/access-table'
import { rand } from '../support/access-world'

accessTable({
  // Rate-limit counters: system-only, invisible to everyone.
  slug: 'rate-limit-buckets',
  gql: gqlNames('RateLimitBucket', 'RateLimitBuckets'),
  docs: (w) => w.buckets,
  read: row('', '', '', '', '', ''),
  update: row('', '', '', '', '', ''),
  delete: row('', '', '', '', '', ''),
  create: row('', '', '', '', '', ''),
  patch: { field: 'key', value: () => `forged-${rand()}` },
  newDoc: () => ({ key: `matrix-${rand()}`, windowStart: new Date().toISOString(), count: 0 }),
  key: 'key',
})
