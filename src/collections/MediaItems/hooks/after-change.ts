import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { customersOfAudience } from '@/lib/media/audience'
import { notify } from '@/lib/notify'
import type { MediaItem } from '@/payload-types'

const relId = (v: unknown) =>
  v == null ? null : typeof v === 'object' ? String((v as { id: unknown }).id) : String(v)

/** The first publication sets `publishedAt` (staff may set it themselves, e.g. to back-date). */
export const publishedAtOnPublish: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data._status === 'published' && !data.publishedAt && !originalDoc?.publishedAt)
    return { ...data, publishedAt: new Date().toISOString() }
  return data
}

/**
 * After an item is saved (draft or published), in its transaction:
 *  - its cover and video name it (`item`), which is what lets a customer read the cover;
 *  - a video not yet transcoded (new, or replaced) gets a queued transcode;
 *  - on its first publication, every customer of its audience is notified.
 */
export const afterItemChange: CollectionAfterChangeHook<MediaItem> = async ({
  doc,
  previousDoc,
  req,
}) => {
  for (const upload of [relId(doc.cover), relId(doc.video)])
    if (upload)
      // System: the upload's back-reference; marketing chose it in this very item.
      await req.payload.db.updateOne({
        collection: 'media-uploads',
        id: upload,
        data: { item: doc.id },
        req,
      })

  const video = relId(doc.video)
  if (video) {
    const { docs } = await req.payload.find({
      collection: 'media-transcodes',
      where: { item: { equals: doc.id } },
      sort: '-createdAt',
      limit: 1,
      depth: 0,
      overrideAccess: true, // system: is this video transcoded already
      req,
    })
    if (relId(docs[0]?.source) !== video)
      await req.payload.create({
        collection: 'media-transcodes',
        data: { item: doc.id, source: video, status: 'queued' },
        overrideAccess: true, // system record: transcodes are made by their item, never by hand
        req,
      })
  }

  // Told once: unpublishing and publishing again (a correction) does not tell anyone twice.
  const firstPublication =
    doc._status === 'published' && previousDoc?._status !== 'published' && !previousDoc?.publishedAt
  if (firstPublication && !req.context.seed) {
    for (const customer of await customersOfAudience(req, doc))
      await notify(
        {
          customer,
          type: 'new-content',
          title: { key: `Media.notify.${doc.type}` },
          link: `/media/${doc.id}`,
          entity: { collection: 'media-items', id: doc.id },
        },
        req,
      )
  }
  return doc
}
