import type { CollectionBeforeChangeHook } from 'payload'

/** The first publication's moment: the timeline's order and what "new" is measured against. */
export const stampPublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data._status === 'published' && !data.publishedAt && !originalDoc?.publishedAt)
    data.publishedAt = new Date().toISOString()
  return data
}
