import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { fileRoute } from '@/features/files/file-route'
import { customerMasterUrl, customerThumbnailsUrl, hlsRoute } from '@/features/media/hls-route'
import { parseThumbnailsVtt } from '@/features/media/player/thumbnail-cues'
import { progressRoute } from '@/features/media/progress-route'
import { CUSTOMER_SESSION_COOKIE } from '@/lib/auth/cookies'
import { runTranscode } from '@/lib/media/run-transcode'
import type { THlsSet } from '@/lib/media/types'
import { createOrder } from '@/seed/factories'
import { createMediaItem, createMediaUpload } from '@/seed/media-factories'
import type { Customer } from '@/payload-types'

import { customerHeaders, customerSession } from './support/identity'
import { mp4Bytes } from './support/media'
import { routedAs } from './support/route-params'
import { TestBrowser } from './support/test-browser'
import { asStaff, buildWorld, type TWorld } from './support/world'

const exec = promisify(execFile)
const fetchHls = routedAs('/api/media/[id]/hls/[file]', hlsRoute)
const fetchFile = routedAs('/api/files/[id]', fileRoute)
const at = (url: string, headers?: Headers) =>
  new Request(`http://localhost:3000${url}`, { headers })
const asCustomer = (c: Customer) => ({ ...c, collection: 'customers' as const })

let w: TWorld
let dir: string
/** The film below is for F22 owners: its set-up gives this customer an F22. */
let owner: Customer
let item: string
let set: THlsSet

async function transcodeOf(itemId: string) {
  const { docs } = await w.payload.find({
    collection: 'media-transcodes',
    where: { item: { equals: itemId } },
    sort: '-createdAt',
    overrideAccess: true, // test: the item's own transcode
  })
  return docs[0]
}

beforeAll(async () => {
  w = await buildWorld()
  owner = w.customerB
}, 120_000)

describe('a targeted film, transcoded and streamed', () => {
  beforeAll(async () => {
    await createOrder(w.payload, { customer: owner.id, model: 'f22', stage: 'design' })
    dir = await mkdtemp(path.join(tmpdir(), 'media-lib-'))
    const clip = path.join(dir, 'clip.mp4')
    await exec('ffmpeg', [
      ...['-hide_banner', '-y', '-f', 'lavfi', '-i', 'testsrc2=size=1280x720:rate=25:duration=3'],
      ...['-f', 'lavfi', '-i', 'sine=frequency=330:duration=3'],
      ...['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', clip],
    ])
    const video = await createMediaUpload(w.payload, {
      data: await readFile(clip),
      mimetype: 'video/mp4',
    })
    item = (
      await createMediaItem(w.payload, {
        type: 'exclusive-video',
        audience: 'models',
        targetModels: ['f22'],
        video: video.id,
        notify: true,
      })
    ).id
    const transcode = await transcodeOf(item)
    expect(transcode.status).toBe('queued')
    await runTranscode(w.payload, transcode.id)
    const done = await transcodeOf(item)
    expect(done.status).toBe('ready')
    set = done.result as THlsSet
  }, 240_000)
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('is prepared in two renditions (never enlarged above 720p) with poster and strip', async () => {
    expect(set.renditions.map((r) => r.name)).toEqual(['720p', '480p'])
    expect(set.renditions.every((r) => r.segments.length === 1)).toBe(true)
    expect((await transcodeOf(item)).progress).toBe(100)
  })

  it('streams to the owner of the model through signed playlists and segments', async () => {
    const master = await fetchHls(at(customerMasterUrl(item, asCustomer(owner))))
    expect(master.status).toBe(200)
    expect(master.headers.get('content-type')).toContain('application/vnd.apple.mpegurl')
    const text = await master.text()
    expect(text).toContain('RESOLUTION=1280x720')
    const rendition = text.split('\n').find((l) => l.startsWith('/api/media/'))!
    const playlist = await (await fetchHls(at(rendition))).text()
    const segment = playlist.split('\n').find((l) => l.startsWith('/api/files/'))!
    expect(segment).toContain('token=')
    const res = await fetchFile(at(segment))
    expect(res.status).toBe(200)
    const bytes = Buffer.from(await res.arrayBuffer())
    expect(bytes[0]).toBe(0x47) // MPEG-TS sync byte: the decrypted segment itself
  })

  it('gives another customer nothing: not the page, not a playlist, not a segment', async () => {
    const other = asCustomer(w.customerA)
    expect((await fetchHls(at(customerMasterUrl(item, other)))).status).toBe(404)
    const headers = await customerHeaders(w.payload, w.customerA)
    expect((await fetchHls(at(`/api/media/${item}/hls/master.m3u8`, headers))).status).toBe(404)
    const segment = set.renditions[0].segments[0].f
    expect((await fetchFile(at(`/api/files/${segment}`, headers))).status).toBe(404)
    expect((await fetchFile(at(`/api/files/${set.poster}`, headers))).status).toBe(404)
  })

  it("serves the seek preview's cues with a sprite signed for the viewer alone", async () => {
    const url = customerThumbnailsUrl(item, asCustomer(owner))
    const res = await fetchHls(at(url))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/vtt/)
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    const cues = parseThumbnailsVtt(await res.text(), `http://localhost:3000${url}`)
    // A three-second clip: one tile a second, side by side in the strip.
    expect(cues.map((c) => c.tile?.x)).toEqual([0, 160, 320])
    const sprite = new URL(cues[0].src)
    expect(sprite.pathname).toBe(`/api/files/${set.sprite}`)
    const image = await fetchFile(at(`${sprite.pathname}${sprite.search}`))
    expect(image.status).toBe(200)
    expect(image.headers.get('content-type')).toBe('image/jpeg')

    // Not for another customer: neither their own token nor the owner's sprite with their cookie.
    expect((await fetchHls(at(customerThumbnailsUrl(item, asCustomer(w.customerA))))).status).toBe(
      404,
    )
    const headers = await customerHeaders(w.payload, w.customerA)
    expect((await fetchFile(at(`/api/files/${set.sprite}`, headers))).status).toBe(404)
  })

  it('refuses a tampered, foreign or expired URL', async () => {
    const url = customerMasterUrl(item, asCustomer(owner))
    expect((await fetchHls(at(url.replace(/token=.{6}/, 'token=AAAAAA')))).status).toBe(404)
    const token = new URL(url, 'http://x').searchParams.get('token')!
    const otherItem = await createMediaItem(w.payload, {})
    const moved = `/api/media/${otherItem.id}/hls/master.m3u8?token=${encodeURIComponent(token)}`
    expect((await fetchHls(at(moved))).status).toBe(404)

    const playlist = await (await fetchHls(at(url.replace('master.m3u8', '480p.m3u8')))).text()
    const segment = playlist.split('\n').find((l) => l.startsWith('/api/files/'))!
    vi.useFakeTimers({ now: Date.now() + 7 * 3600_000, toFake: ['Date'] })
    try {
      expect((await fetchFile(at(segment))).status).toBe(404)
      expect((await fetchHls(at(url))).status).toBe(404)
    } finally {
      vi.useRealTimers()
    }
  })

  it('stops streaming when the item is unpublished', async () => {
    const extra = await createMediaItem(w.payload, {
      audience: 'customers',
      targetCustomers: [owner.id],
    })
    const url = customerMasterUrl(extra.id, asCustomer(owner))
    expect((await fetchHls(at(url))).status).toBe(404) // no video: nothing to stream
    const headers = await customerHeaders(w.payload, owner)
    const url2 = `/api/media/${item}/hls/master.m3u8`
    expect((await fetchHls(at(url2, headers))).status).toBe(200)
    await w.payload.update({
      collection: 'media-items',
      id: item,
      data: { _status: 'draft' },
      user: asStaff(w.marketing),
      overrideAccess: false,
    })
    try {
      expect((await fetchHls(at(url2, headers))).status).toBe(404)
      const segment = set.renditions[0].segments[0].f
      expect((await fetchFile(at(`/api/files/${segment}`, headers))).status).toBe(404)
    } finally {
      await w.payload.update({
        collection: 'media-items',
        id: item,
        data: { _status: 'published' },
        overrideAccess: true, // test: publish it again for the others
      })
    }
  })

  it('told the owners of the model, and nobody else', async () => {
    const told = await w.payload.find({
      collection: 'notifications',
      where: { entityId: { equals: item } },
      overrideAccess: true, // test: what notify() wrote
      depth: 0,
    })
    // Other test files own F22s too (one database): only this world's two customers are asked.
    const ours = told.docs.filter((n) =>
      [String(owner.id), String(w.customerA.id)].includes(String(n.customer)),
    )
    expect(ours.map((n) => String(n.customer))).toEqual([String(owner.id)])
    expect(ours[0]).toMatchObject({ type: 'new-content', link: `/media/${item}` })
  })
})

// Its own story and visitors: runs alone (`-t`) as in the whole file, whatever ran before it.
describe('views and watch time', () => {
  it('are recorded for the viewer only', async () => {
    const story = await createMediaItem(w.payload, {
      audience: 'customers',
      targetCustomers: [owner.id],
    })
    const visitor = async (customer: Customer) => {
      const browser = new TestBrowser()
      const { token } = await customerSession(w.payload, customer, { meta: { ip: browser.ip } })
      browser.jar.set(CUSTOMER_SESSION_COOKIE, token)
      return browser
    }
    const viewer = await visitor(owner)
    const post = (body: unknown, browser = viewer) =>
      browser.send(progressRoute, {
        path: `/api/media/${story.id}/progress`,
        body,
        params: { id: story.id },
      })
    // No body to read: the player sends and forgets (see progress-route.ts).
    const opened = await post({ opened: true })
    expect(opened.status).toBe(204)
    expect(opened.text).toBe('')
    expect((await post({ position: 1.5, duration: 3, watched: 1.5 })).status).toBe(204)
    expect((await post({ position: 2, duration: 3, watched: 500 })).status).toBe(204)
    const { docs } = await w.payload.find({
      collection: 'media-progress',
      where: { item: { equals: story.id } },
      overrideAccess: true, // test: the rows written
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ views: 1, position: 2, watchedSeconds: 61.5 })
    expect((await post({ position: -1 })).status).toBe(400)

    const foreign = await post({ opened: true }, await visitor(w.customerA))
    expect(foreign.status).toBe(404)
    expect(foreign.headers.get('content-type')).toMatch(/^application\/problem\+json/)
  })
})

describe('a video that cannot be transcoded', () => {
  it('is marked failed with the reason, keeps no files, and can be queued again', async () => {
    // An MP4 box structure with no playable stream in it: accepted as an upload, not by ffprobe.
    const broken = await createMediaUpload(w.payload, { data: mp4Bytes(), mimetype: 'video/mp4' })
    const bad = await createMediaItem(w.payload, { video: broken.id })
    const transcode = await transcodeOf(bad.id)
    await runTranscode(w.payload, transcode.id)
    const failed = await transcodeOf(bad.id)
    expect(failed.status).toBe('failed')
    expect(failed.error).toMatch(/ffprobe|video/)
    const files = await w.payload.find({
      collection: 'stored-files',
      where: {
        and: [{ ownerCollection: { equals: 'media-items' } }, { ownerId: { equals: bad.id } }],
      },
      overrideAccess: true, // test: nothing left behind
    })
    expect(files.totalDocs).toBe(0)

    // Marketing may only retry a failed run; the retry queues the job again.
    const staff = { user: asStaff(w.marketing), overrideAccess: false } as const
    const retried = await w.payload.update({
      collection: 'media-transcodes',
      id: failed.id,
      data: { status: 'queued' },
      ...staff,
    })
    expect(retried).toMatchObject({ status: 'queued', progress: 0, error: null })
    const jobs = await w.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'transcodeMediaVideo' } },
      overrideAccess: true, // test: the queue
      limit: 1000,
    })
    expect(
      jobs.docs.filter((j) => (j.input as { transcode?: string })?.transcode === failed.id),
    ).toHaveLength(2)
    await expect(
      w.payload.update({
        collection: 'media-transcodes',
        id: failed.id,
        data: { status: 'ready' },
        ...staff,
      }),
    ).rejects.toThrow(/Only a failed transcode/)
  })
})
