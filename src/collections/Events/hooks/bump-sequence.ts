import type { CollectionBeforeChangeHook } from 'payload'

import { timeOrPlaceChanged } from '@/lib/events/changes'

/**
 * Counts published changes of time or place (iCalendar SEQUENCE: a calendar that imported the
 * event replaces it only with a higher one). The stored value is the base; a caller's is ignored.
 */
export const bumpSequence: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  const stored = Number(originalDoc?.sequence ?? 0)
  const published = data._status === 'published' && originalDoc?._status === 'published'
  const changed = operation === 'update' && published && timeOrPlaceChanged(originalDoc, data)
  data.sequence = stored + (changed ? 1 : 0)
  return data
}
