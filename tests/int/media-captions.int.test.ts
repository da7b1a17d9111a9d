import { beforeAll, describe, expect, it } from 'vitest'

import { fileRoute } from '@/features/files/file-route'
import { isWebVtt } from '@/lib/storage/check-upload'
import { createMediaCaption, createMediaItem } from '@/seed/media-factories'

import { customerHeaders } from './support/identity'
import { routedAs } from './support/route-params'
import { asStaff, buildWorld, type TWorld } from './support/world'

const fetchFile = routedAs('/api/files/[id]', fileRoute)
const at = (url: string, headers?: Headers) =>
  new Request(`http://localhost:3000${url}`, { headers })
const VTT = 'WEBVTT\n\n00:00.000 --> 00:02.000\nDe fabriek in Lelystad\n'

let w: TWorld
let captionUrl: string

beforeAll(async () => {
  w = await buildWorld()
  const item = await createMediaItem(w.payload, {
    type: 'exclusive-video',
    audience: 'customers',
    targetCustomers: [w.customerB.id],
  })
  const caption = await createMediaCaption(w.payload, { item: item.id, language: 'nl', vtt: VTT })
  captionUrl = caption.url!
}, 120_000)

describe('caption files of a film', () => {
  it('are served to a customer the film is meant for, as text/vtt', async () => {
    expect(captionUrl).toMatch(/^\/api\/files\/[0-9a-f-]{36}$/)
    const res = await fetchFile(at(captionUrl, await customerHeaders(w.payload, w.customerB)))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/vtt/)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await res.text()).toBe(VTT)
  })

  it('answer 404 to a customer who cannot see the film, and to nobody signed in', async () => {
    const foreign = await customerHeaders(w.payload, w.customerA)
    expect((await fetchFile(at(captionUrl, foreign))).status).toBe(404)
    expect((await fetchFile(at(captionUrl))).status).toBe(404)
  })

  it('refuse an upload that is not WebVTT by its content, whatever it claims', async () => {
    const item = await createMediaItem(w.payload, {})
    for (const data of [
      Buffer.from('1\n00:00:00,000 --> 00:00:02,000\nSRT\n'),
      Buffer.from('WEBVTTX'),
    ])
      await expect(
        w.payload.create({
          collection: 'media-captions',
          data: { item: item.id, language: 'en' },
          file: { data, mimetype: 'text/vtt', name: 'captions.vtt', size: data.length },
          user: asStaff(w.marketing),
          overrideAccess: false,
        }),
      ).rejects.toMatchObject({ status: 415 })
  })

  it('accept a WebVTT file from marketing, with or without a byte-order mark', async () => {
    const item = await createMediaItem(w.payload, {})
    const data = Buffer.from(`\uFEFF${VTT}`, 'utf8')
    const doc = await w.payload.create({
      collection: 'media-captions',
      data: { item: item.id, language: 'de' },
      file: { data, mimetype: 'text/plain', name: 'untertitel.vtt', size: data.length },
      user: asStaff(w.marketing),
      overrideAccess: false,
    })
    expect(doc.mimeType).toBe('text/vtt')
    expect(isWebVtt(Buffer.from('WEBVTT'))).toBe(true)
    expect(isWebVtt(Buffer.from('WEBVTT - Donkervoort\n'))).toBe(true)
    expect(isWebVtt(Buffer.from('webvtt\n'))).toBe(false)
  })
})
