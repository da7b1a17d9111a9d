import { beforeAll, describe, expect, it } from 'vitest'

import { createMediaItem } from '@/seed/media-factories'

import { asCustomer, asStaff, buildWorld, type TWorld } from './support/world'

let w: TWorld
let item: string

beforeAll(async () => {
  w = await buildWorld()
  item = (await createMediaItem(w.payload, {})).id
  for (const [customer, views, watchedSeconds] of [
    [w.customerA.id, 2, 1800],
    [w.customerB.id, 1, 2040],
  ] as const)
    await w.payload.create({
      collection: 'media-progress',
      data: { customer, item, views, watchedSeconds, position: 0 },
      overrideAccess: true, // test setup: what the progress route records
    })
}, 120_000)

describe('views and watch time of a media item', () => {
  it('are shown to marketing in /admin, summed over every viewer', async () => {
    const doc = await w.payload.findByID({
      collection: 'media-items',
      id: item,
      user: asStaff(w.marketing),
      overrideAccess: false,
    })
    expect(doc.audienceFigures).toBe('2 viewers · 3 views · 1 h 4 min watched')
  })

  it('are never shown to a customer', async () => {
    const doc = await w.payload.findByID({
      collection: 'media-items',
      id: item,
      user: asCustomer(w.customerA),
      overrideAccess: false,
    })
    expect(doc).not.toHaveProperty('audienceFigures')
  })
})
