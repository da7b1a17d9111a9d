import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import { idOf } from '@/lib/timeline/milestones'

/** Photos, video and milestone of an update must belong to the update's own car. */
export const mediaOfOrder: CollectionBeforeValidateHook = async ({ data, req, originalDoc }) => {
  const order = idOf(data?.order ?? originalDoc?.order)
  if (!order || !data) return data
  const gallery = (data.gallery ?? originalDoc?.gallery ?? []) as { media?: unknown }[]
  const ids = [...gallery.map((g) => idOf(g.media)), idOf(data.video ?? originalDoc?.video)]
  const wanted = [...new Set(ids.filter((x): x is string => Boolean(x)))]
  const errors: { path: string; message: string }[] = []
  if (wanted.length) {
    const found = await req.payload.find({
      collection: 'order-media',
      where: { and: [{ id: { in: wanted } }, { order: { equals: order } }] },
      depth: 0,
      limit: wanted.length,
      select: {},
      overrideAccess: true, // system: compare owners, whatever the caller may read
      req,
    })
    const ok = new Set(found.docs.map((d) => String(d.id)))
    if (wanted.some((id) => !ok.has(id)))
      errors.push({ path: 'gallery', message: 'Photos and video must be of this car.' })
  }
  const milestone = idOf(data.milestone ?? originalDoc?.milestone)
  if (milestone) {
    const m = await req.payload.findByID({
      collection: 'order-milestones',
      id: milestone,
      depth: 0,
      select: { order: true },
      overrideAccess: true, // system: compare owners
      disableErrors: true,
      req,
    })
    if (!m || idOf(m.order) !== order)
      errors.push({ path: 'milestone', message: 'The milestone must be of this car.' })
  }
  if (errors.length) throw new ValidationError({ collection: 'production-updates', errors })
  return data
}
