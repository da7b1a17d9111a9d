import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { idOf } from '@/lib/timeline/milestones'

type TDocMedia = { gallery?: { media?: unknown }[] | null; video?: unknown } | null | undefined

const mediaIds = (doc: TDocMedia) =>
  [...(doc?.gallery ?? []).map((g) => idOf(g.media)), idOf(doc?.video)].filter((x): x is string =>
    Boolean(x),
  )

type TDocConfiguration = { configuration?: { image?: unknown }[] | null } | null | undefined

export const configurationImageIds = (doc: TDocConfiguration) =>
  (doc?.configuration ?? []).map((c) => idOf(c.image)).filter((x): x is string => Boolean(x))

/**
 * A photo or video reaches the customer exactly while a published update or the order's
 * configuration shows it: the media's
 * `visibleToCustomer` (which its read access and so the file route obey) is recomputed for every
 * item this change touched. A draft's new photos stay private until it is published.
 */
export async function syncMediaVisibility(req: PayloadRequest, ids: string[]) {
  const unique = [...new Set(ids)]
  if (!unique.length) return
  const published = await req.payload.find({
    collection: 'production-updates',
    where: {
      and: [
        { _status: { equals: 'published' } },
        { or: [{ 'gallery.media': { in: unique } }, { video: { in: unique } }] },
      ],
    },
    depth: 0,
    limit: 1000,
    pagination: false,
    select: { gallery: true, video: true },
    overrideAccess: true, // system: which media published updates show, for every customer
    req,
  })
  // A configuration photo on the order ("My car") is shown as long as the order lists it.
  const configured = await req.payload.find({
    collection: 'orders',
    where: { 'configuration.image': { in: unique } },
    depth: 0,
    limit: 1000,
    pagination: false,
    select: { configuration: true },
    overrideAccess: true, // system: which media the orders' configurations show
    req,
  })
  const shown = new Set([
    ...published.docs.flatMap((d) => mediaIds(d as TDocMedia)),
    ...configured.docs.flatMap((o) => configurationImageIds(o)),
  ])
  for (const visible of [true, false]) {
    const target = unique.filter((id) => shown.has(id) === visible)
    if (!target.length) continue
    await req.payload.update({
      collection: 'order-media',
      where: { id: { in: target } },
      data: { visibleToCustomer: visible },
      depth: 0,
      overrideAccess: true, // system: release follows publication, whoever published
      req,
    })
  }
}

export const releaseMedia: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  await syncMediaVisibility(req, [...mediaIds(doc), ...mediaIds(previousDoc)])
  return doc
}
