import { createMediaCaption, createMediaItem } from '@/seed/media-factories'

import { accessTable, gqlNames, row } from '../support/access-table'
import { rand } from '../support/access-world'

const docs: Record<string, string> = {}
let openItem = ''
const VTT = 'WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n'

/**
 * Caption files of library films: marketing and admins manage them. A customer reads the captions
 * (C) of an item meant for everyone, never those (X) of an item meant for another customer.
 * Uploads need their file: a create from data alone is 400.
 */
accessTable({
  slug: 'media-captions',
  gql: gqlNames('MediaCaption', 'MediaCaptions'),
  setup: async (w) => {
    const open = await createMediaItem(w.payload, {})
    openItem = open.id
    const theirs = await createMediaItem(w.payload, {
      audience: 'customers',
      targetCustomers: [w.customerB.id],
    })
    docs.C = (await createMediaCaption(w.payload, { item: open.id, language: 'en', vtt: VTT })).id
    docs.X = (await createMediaCaption(w.payload, { item: theirs.id, language: 'en', vtt: VTT })).id
  },
  docs: () => docs,
  read: row('C X', '', 'C X', '', 'C', ''),
  update: row('C X', '', 'C X', '', '', ''),
  delete: row('C X', '', 'C X', '', '', ''),
  create: row('new', '', 'new', '', '', ''),
  createStatus: 400,
  patch: { field: 'language', value: () => 'nl' },
  newDoc: () => ({ filename: `new-${rand()}.vtt`, item: openItem, language: 'de' }),
  key: 'filename',
  disposable: async (w) =>
    (
      await createMediaCaption(w.payload, {
        item: (await createMediaItem(w.payload, {})).id,
        language: 'de',
        vtt: VTT,
      })
    ).id,
})
