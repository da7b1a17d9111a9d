import { createEventImage } from '@/seed/event-factories'

import { accessTable, gqlNames, row } from '../support/access-table'
import { rand } from '../support/access-world'
import { jpegWithGps } from '../support/media'

const docs: Record<string, string> = {}

const image = async (w: Parameters<typeof createEventImage>[0]) =>
  (await createEventImage(w, { data: await jpegWithGps(320, 200), name: `event-${rand()}.jpg` })).id

/**
 * Event pictures: every signed-in principal reads them (they are shown on event pages and carry
 * nothing personal); marketing and admins upload and change them. An upload needs its file, so
 * a create from data alone is refused (400) for those who may create.
 */
accessTable({
  slug: 'event-images',
  gql: gqlNames('EventImage', 'EventImages'),
  setup: async (w) => {
    docs.X = await image(w.payload)
  },
  docs: () => docs,
  read: row('X', 'X', 'X', 'X', 'X', ''),
  update: row('X', '', 'X', '', '', ''),
  delete: row('X', '', 'X', '', '', ''),
  create: row('new', '', 'new', '', '', ''),
  createStatus: 400,
  patch: { field: 'alt', value: () => `alt ${rand()}` },
  newDoc: () => ({ alt: `new-${rand()}` }),
  key: 'alt',
  disposable: (w) => image(w.payload),
})
