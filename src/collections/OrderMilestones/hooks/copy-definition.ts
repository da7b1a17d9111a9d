import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '@/lib/timeline/milestones'

/**
 * Stage and order come from the definition, so the timeline sorts and groups without a join and
 * a customer never needs to read anything but their own milestones.
 */
export const copyDefinition: CollectionBeforeChangeHook = async ({ data, req, originalDoc }) => {
  const id = idOf(data.definition ?? originalDoc?.definition)
  if (!id || (originalDoc && idOf(originalDoc.definition) === id && data.stage)) return data
  const def = await req.payload.findByID({
    collection: 'milestone-definitions',
    id,
    depth: 0,
    select: { stage: true, sortOrder: true, key: true },
    overrideAccess: true, // system: reference data the writer chose by id
    disableErrors: true,
    req,
  })
  if (def) Object.assign(data, { stage: def.stage, sortOrder: def.sortOrder, key: def.key })
  return data
}
