import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/nobody'

/**
 * Attempt counters for per-IP and per-account rate limits (src/lib/rate-limit). Written only by
 * one atomic SQL upsert; no API or admin screen reads or writes them.
 */
export const RateLimitBuckets: CollectionConfig = {
  slug: 'rate-limit-buckets',
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'windowStart', type: 'date', required: true },
    { name: 'count', type: 'number', required: true, defaultValue: 0 },
  ],
}
