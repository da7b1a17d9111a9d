import { beforeAll, describe, expect, it } from 'vitest'

import { createMediaUpload } from '@/seed/media-factories'

import { mp4Bytes } from './support/media'
import { asStaff, buildWorld, type TWorld } from './support/world'

let w: TWorld
/** Saved as marketing: a draft unless `_status: 'published'` (only publication validates). */
const create = (data: Record<string, unknown>) => {
  const options = {
    collection: 'media-items' as const,
    data: { title: 'External film', type: 'exclusive-video' as const, ...data },
    user: asStaff(w.marketing),
    overrideAccess: false as const,
    locale: 'en' as const,
  }
  return data._status === 'published'
    ? w.payload.create({ ...options, data: options.data as never, draft: false })
    : w.payload.create({ ...options, draft: true })
}

beforeAll(async () => {
  w = await buildWorld()
}, 120_000)

describe('a media item with a YouTube or Vimeo film', () => {
  it('keeps the provider and the video id of the link, and follows a changed link', async () => {
    const item = await create({ externalUrl: 'https://youtu.be/dQw4w9WgXcQ?si=tracking' })
    expect(item).toMatchObject({ externalProvider: 'youtube', externalId: 'dQw4w9WgXcQ' })
    const moved = await w.payload.update({
      collection: 'media-items',
      id: item.id,
      data: { externalUrl: 'https://vimeo.com/76979871' },
      user: asStaff(w.marketing),
      overrideAccess: false,
      draft: true,
    })
    expect(moved).toMatchObject({ externalProvider: 'vimeo', externalId: '76979871' })
  })

  // Payload validates on publication (drafts may be unfinished); a draft's bad link plays nothing.
  it('refuses to publish a link to another host, or a link beside an uploaded video', async () => {
    await expect(
      create({ externalUrl: 'https://evil.example/watch?v=dQw4w9WgXcQ', _status: 'published' }),
    ).rejects.toMatchObject({ status: 400 })
    const video = await createMediaUpload(w.payload, { data: mp4Bytes(), mimetype: 'video/mp4' })
    await expect(
      create({ externalUrl: 'https://vimeo.com/76979871', video: video.id, _status: 'published' }),
    ).rejects.toMatchObject({ status: 400 })
  })

  it('keeps no provider for a draft whose link is not one we embed', async () => {
    const item = await create({ externalUrl: 'https://evil.example/watch?v=dQw4w9WgXcQ' })
    expect(item.externalId ?? null).toBeNull()
  })

  it('never takes the provider or id from the caller', async () => {
    const item = await create({ externalProvider: 'vimeo', externalId: '1' })
    expect(item.externalProvider ?? null).toBeNull()
    expect(item.externalId ?? null).toBeNull()
  })
})
