import { createMediaItem, createMediaUpload } from '@/seed/media-factories'

import { accessTable, gqlNames, row } from '../support/access-table'
import { rand } from '../support/access-world'
import { jpegWithGps, mp4Bytes } from '../support/media'

const docs: Record<string, string> = {}

/**
 * Media library uploads: marketing and admins manage them. A customer reads the cover (C) of an
 * item meant for them — never its original video (V), a cover nothing uses yet (O), nor the cover
 * of an item for another customer (X). Uploads need their file: a create from data alone is 400.
 */
accessTable({
  slug: 'media-uploads',
  gql: gqlNames('MediaUpload', 'MediaUploads'),
  setup: async (w) => {
    const jpeg = await jpegWithGps(320, 200)
    docs.C = (await createMediaUpload(w.payload, { data: jpeg, mimetype: 'image/jpeg' })).id
    docs.V = (await createMediaUpload(w.payload, { data: mp4Bytes(), mimetype: 'video/mp4' })).id
    docs.O = (await createMediaUpload(w.payload, { data: jpeg, mimetype: 'image/jpeg' })).id
    docs.X = (await createMediaUpload(w.payload, { data: jpeg, mimetype: 'image/jpeg' })).id
    await createMediaItem(w.payload, { cover: docs.C, video: docs.V })
    await createMediaItem(w.payload, {
      cover: docs.X,
      audience: 'customers',
      targetCustomers: [w.customerB.id],
    })
  },
  docs: () => docs,
  read: row('C V O X', '', 'C V O X', '', 'C', ''),
  update: row('C V O X', '', 'C V O X', '', '', ''),
  delete: row('C V O X', '', 'C V O X', '', '', ''),
  create: row('new', '', 'new', '', '', ''),
  createStatus: 400,
  patch: { field: 'alt', value: () => `alt ${rand()}` },
  newDoc: () => ({ alt: `new-${rand()}` }),
  key: 'alt',
  disposable: async (w) =>
    (
      await createMediaUpload(w.payload, {
        data: await jpegWithGps(64, 64),
        mimetype: 'image/jpeg',
      })
    ).id,
})
