import { createMediaItem, createMediaUpload } from '@/seed/media-factories'

import { accessTable, gqlNames, row } from '../support/access-table'
import { rand } from '../support/access-world'
import { mp4Bytes } from '../support/media'

const docs: Record<string, string> = {}
const made: { item?: string; source?: string } = {}

/**
 * Video transcodes: marketing and admins follow and retry them; made only by their item (nobody
 * creates or deletes one through an API); customers never see them — they get playlists.
 */
accessTable({
  slug: 'media-transcodes',
  gql: gqlNames('MediaTranscode', 'MediaTranscodes'),
  setup: async (w) => {
    for (const name of ['A', 'B']) {
      const video = await createMediaUpload(w.payload, { data: mp4Bytes(), mimetype: 'video/mp4' })
      const item = await createMediaItem(w.payload, { video: video.id })
      const { docs: found } = await w.payload.find({
        collection: 'media-transcodes',
        where: { item: { equals: item.id } },
        overrideAccess: true, // test setup: the transcode the item queued
      })
      docs[name] = found[0].id
      Object.assign(made, { item: item.id, source: video.id })
    }
  },
  docs: () => docs,
  read: row('A B', '', 'A B', '', '', ''),
  update: row('A B', '', 'A B', '', '', ''),
  delete: row('', '', '', '', '', ''),
  create: row('', '', '', '', '', ''),
  patch: { field: 'error', value: () => `note ${rand()}` },
  newDoc: () => ({
    item: made.item,
    source: made.source,
    status: 'queued',
    error: `new-${rand()}`,
  }),
  key: 'error',
})
