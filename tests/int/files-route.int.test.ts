import { randomBytes } from 'node:crypto'
import { closeSync, existsSync, openSync, readdirSync, readSync, rmSync, writeSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { fileRoute } from '@/features/files/file-route'
import { signedFileUrl } from '@/lib/storage/signed-file-url'
import { HEADER_BYTES, TAG_BYTES } from '@/lib/crypto/chunk-range'
import { DEFAULT_CHUNK_SIZE } from '@/lib/crypto/envelope'
import { env } from '@/lib/env'
import { putFile } from '@/lib/storage/files'
import type { TStoredFileIds } from '@/payload/private-upload'
import type { OrderMedia } from '@/payload-types'
import { seedDemoMedia } from '@/seed/demo-media'

import { auditRows } from './support/audit'
import { restHandlers } from './support/http'
import { customerHeaders, staffHeaders } from './support/identity'
import {
  createMedia,
  jpegWithGps,
  leftBehind,
  mp4Bytes,
  multipart,
  newTag,
  uploadMedia,
} from './support/media'
import { routedAs } from './support/route-params'
import { digest, generated, generatedRange, streamIncludes } from './support/storage'
import { asCustomer, buildWorld, type TWorld } from './support/world'

// This file's own blob directory (set before env.ts is read), so the blob counts below are its own.
const storeDir = await vi.hoisted(async () => {
  const { mkdtempSync } = await import('node:fs')
  const { tmpdir } = await import('node:os')
  const { join } = await import('node:path')
  return (process.env.STORAGE_DIR = mkdtempSync(join(tmpdir(), 'files-int-store-')))
})

/**
 * The one file route and the uploads behind it, end to end: real multipart requests through
 * Payload's REST handler, encrypted blobs in the configured store, decrypted answers from
 * /api/files/[id] whole, by range, conditional, and tampered with.
 */
const C = DEFAULT_CHUNK_SIZE
const MB = 1024 * 1024
const fetchFile = routedAs('/api/files/[id]', fileRoute)
let w: TWorld
let payload: Payload
let admin: Headers
let owner: OrderMedia

const get = (id: string, headers: HeadersInit = admin, query = '', method = 'GET') =>
  fetchFile(new Request(`http://localhost:3000/api/files/${id}${query}`, { method, headers }))

const blobPath = (storageKey: string) => path.join(env.STORAGE_DIR, ...storageKey.split('/'))

/** A stored file owned by a (hidden) order-media record of customer A's order. */
const putOwned = (
  source: AsyncIterable<Uint8Array>,
  filename = 'data.bin',
  contentType = 'application/octet-stream',
) =>
  putFile({
    payload,
    stream: source,
    contentType,
    filename,
    owner: { collection: 'order-media', id: owner.id },
  })

async function* once(buf: Buffer) {
  yield buf
}

const systemCounts = (tag: string) => leftBehind(payload, tag)
const upload = (body: BodyInit, headers: Headers = admin) => uploadMedia(body, headers)

const tempDir = path.resolve(env.DATA_DIR, 'upload-tmp')
const tempFiles = () => (existsSync(tempDir) ? readdirSync(tempDir).length : 0)

afterAll(() => rmSync(storeDir, { recursive: true, force: true }))

beforeAll(async () => {
  expect(env.STORAGE_DIR).toBe(storeDir)
  w = await buildWorld()
  payload = w.payload
  admin = await staffHeaders(payload, w.admin)
  owner = await createMedia(payload, { order: w.orderA.id })
})

describe('file route: round trip', () => {
  it.each([0, 1, C - 1, C, C + 1])(
    '%i bytes come back exactly, with exact headers',
    async (size) => {
      const plain = randomBytes(size)
      const meta = await putOwned(once(plain))
      const res = await get(meta.id)
      expect(res.status).toBe(200)
      expect(Buffer.from(await res.arrayBuffer()).equals(plain)).toBe(true)
      expect(res.headers.get('content-length')).toBe(String(size))
      expect(res.headers.get('content-type')).toBe('application/octet-stream')
      expect(res.headers.get('accept-ranges')).toBe('bytes')
    },
  )

  it('a 50 MB file streams back whole; its blob holds no plaintext sample', async () => {
    const size = 50 * MB
    const meta = await putOwned(generated(size))
    const res = await get(meta.id)
    expect(res.headers.get('content-length')).toBe(String(size))
    const back = await digest(res.body! as unknown as AsyncIterable<Uint8Array>)
    expect(back).toEqual(await digest(generated(size)))
    const { createReadStream } = await import('node:fs')
    for (const at of [0, C - 8, 17 * MB, size - 32])
      expect(
        await streamIncludes(
          createReadStream(blobPath(meta.storageKey)),
          generatedRange(at, at + 31),
        ),
      ).toBe(false)
  })
})

describe('file route: HTTP semantics', () => {
  let id: string
  let size: number
  beforeAll(async () => {
    size = 3 * C + 100
    id = (await putOwned(generated(size), 'Überführung – Lelystad.pdf', 'application/pdf')).id
  })

  it('Range returns exactly the requested bytes (206), across chunk boundaries and at the end', async () => {
    for (const [start, end] of [
      [0, 0],
      [C - 1, C],
      [C + 5, 3 * C + 2],
      [size - 1, size - 1],
    ]) {
      const res = await get(id, { ...Object.fromEntries(admin), range: `bytes=${start}-${end}` })
      expect(res.status).toBe(206)
      expect(res.headers.get('content-range')).toBe(`bytes ${start}-${end}/${size}`)
      expect(res.headers.get('content-length')).toBe(String(end - start + 1))
      expect(Buffer.from(await res.arrayBuffer()).equals(generatedRange(start, end))).toBe(true)
    }
    const suffix = await get(id, { ...Object.fromEntries(admin), range: 'bytes=-10' })
    expect(
      Buffer.from(await suffix.arrayBuffer()).equals(generatedRange(size - 10, size - 1)),
    ).toBe(true)
  })

  it('a range outside the file is 416 with the size; a malformed one serves the whole file', async () => {
    const res = await get(id, { ...Object.fromEntries(admin), range: `bytes=${size}-` })
    expect(res.status).toBe(416)
    expect(res.headers.get('content-range')).toBe(`bytes */${size}`)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    const whole = await get(id, { ...Object.fromEntries(admin), range: 'bytes=0-1,4-5' })
    expect(whole.status).toBe(200)
    expect(whole.headers.get('content-length')).toBe(String(size))
    await whole.body!.cancel()
  })

  it('ETag and If-None-Match answer 304; If-Range with another ETag ignores the range', async () => {
    const first = await get(id, admin, '', 'HEAD')
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/)
    const again = await get(id, { ...Object.fromEntries(admin), 'if-none-match': etag })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    const stale = await get(id, {
      ...Object.fromEntries(admin),
      range: 'bytes=0-9',
      'if-range': '"other"',
    })
    expect(stale.status).toBe(200)
    await stale.body!.cancel()
  })

  it('HEAD: the headers of GET, no body', async () => {
    const res = await get(id, admin, '', 'HEAD')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-length')).toBe(String(size))
    expect(await res.text()).toBe('')
  })

  it('private, nosniff, sandboxed; inline for preview, attachment with ?download=1, RFC 5987 names', async () => {
    const res = await get(id, admin, '', 'HEAD')
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(res.headers.get('content-disposition')).toBe(
      `inline; filename="Uberfuhrung _ Lelystad.pdf"; filename*=UTF-8''%C3%9Cberf%C3%BChrung%20%E2%80%93%20Lelystad.pdf`,
    )
    const dl = await get(id, admin, '?download=1', 'HEAD')
    expect(dl.headers.get('content-disposition')).toMatch(/^attachment; /)
    const img = await get((owner.storedFiles as TStoredFileIds).original, admin, '', 'HEAD')
    expect(img.headers.get('content-security-policy')).toContain('sandbox')
  })

  it('a malformed id is the same 404 as an unknown one', async () => {
    for (const bad of [
      'not-a-uuid',
      '..%2F..%2Fetc%2Fpasswd',
      '00000000-0000-4000-8000-000000000000',
    ]) {
      const res = await get(bad)
      expect(res.status, bad).toBe(404)
      expect((await res.json()).code).toBe('NOT_FOUND')
    }
  })
})

describe('file route: tampering', () => {
  const flip = (file: string, at: number) => {
    const fd = openSync(file, 'r+')
    const b = Buffer.alloc(1)
    readSync(fd, b, 0, 1, at)
    b[0] ^= 0x01
    writeSync(fd, b, 0, 1, at)
    closeSync(fd)
  }

  it('a flipped byte in the first chunk: a calm 500 before any byte is sent', async () => {
    const meta = await putOwned(generated(2 * C))
    flip(blobPath(meta.storageKey), HEADER_BYTES + 10)
    const res = await get(meta.id)
    expect(res.status).toBe(500)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    expect(JSON.stringify(await res.json())).not.toMatch(/IntegrityError|stack|chunk/i)
  })

  it('a flipped byte in a later chunk: the response is aborted, never the altered bytes', async () => {
    // Chunk 40 of 48: beyond what is decrypted ahead (1 MiB) before the headers go out.
    const meta = await putOwned(generated(48 * C))
    flip(blobPath(meta.storageKey), HEADER_BYTES + 40 * (C + TAG_BYTES) + 7)
    const res = await get(meta.id)
    expect(res.status).toBe(200)
    const received: Buffer[] = []
    const reading = (async () => {
      for await (const b of res.body! as unknown as AsyncIterable<Uint8Array>)
        received.push(Buffer.from(b))
    })()
    await expect(reading).rejects.toThrow()
    // Only the chunks before the altered one got out, and they were genuine.
    const got = Buffer.concat(received)
    expect(got.length).toBeLessThanOrEqual(40 * C)
    expect(got.equals(generatedRange(0, got.length - 1))).toBe(true)
  })

  it('a range inside an altered chunk is refused too', async () => {
    const meta = await putOwned(generated(3 * C))
    flip(blobPath(meta.storageKey), HEADER_BYTES + (C + TAG_BYTES) + 3)
    const res = await get(meta.id, {
      ...Object.fromEntries(admin),
      range: `bytes=${C + 10}-${C + 20}`,
    })
    expect(res.status).toBe(500)
  })
})

describe('uploads through Payload', () => {
  it('a photo is stored encrypted with its sizes; EXIF and GPS are gone, orientation applied', async () => {
    const jpeg = await jpegWithGps(800, 600)
    expect(jpeg.includes(Buffer.from('secret-owner-name'))).toBe(true)
    const tag = newTag()
    const before = await systemCounts(tag)
    const r = await upload(
      multipart(
        { data: jpeg, name: `IMG ${tag}.jpg`, type: 'image/jpeg' },
        { order: w.orderA.id, alt: 'Chassis' },
      ),
    )
    expect(r.status).toBe(201)
    const doc = r.json.doc as OrderMedia
    const ids = doc.storedFiles as TStoredFileIds
    expect(doc.url).toBe(`/api/files/${ids.original}`)
    expect(doc.sizes?.thumbnail?.url).toBe(`/api/files/${ids.sizes.thumbnail}`)
    expect(await systemCounts(tag)).toEqual({
      rows: before.rows + 3,
      media: before.media + 1,
      blobs: before.blobs + 3,
    })
    for (const id of [ids.original, ...Object.values(ids.sizes)]) {
      const bytes = Buffer.from(await (await get(id)).arrayBuffer())
      const meta = await sharp(bytes).metadata()
      expect(meta.exif, id).toBeUndefined()
      expect(meta.orientation, id).toBeUndefined()
      expect(bytes.includes(Buffer.from('secret-owner-name')), id).toBe(false)
    }
    const original = await sharp(
      Buffer.from(await (await get(ids.original)).arrayBuffer()),
    ).metadata()
    expect([original.width, original.height]).toEqual([600, 800])
    // Payload's own static URL serves nothing, and nothing was written to a static dir.
    const own = await restHandlers.GET(
      new Request(`http://localhost:3000/api/order-media/file/${doc.filename}`, { headers: admin }),
      { params: Promise.resolve({ slug: ['order-media', 'file', doc.filename!] }) },
    )
    expect(own.status).toBe(404)
    expect(existsSync(path.resolve('order-media'))).toBe(false)
  })

  it('deleting the record deletes its blobs and rows', async () => {
    const tag = newTag()
    const doc = await createMedia(payload, { order: w.orderA.id, name: `${tag}.jpg` })
    const ids = doc.storedFiles as TStoredFileIds
    const before = await systemCounts(tag)
    await payload.delete({ collection: 'order-media', id: doc.id, overrideAccess: true })
    expect(await systemCounts(tag)).toEqual({
      rows: before.rows - 3,
      media: before.media - 1,
      blobs: before.blobs - 3,
    })
    expect((await get(ids.original)).status).toBe(404)
  })

  it.each([
    [
      'HTML named .jpg',
      Buffer.from('<!doctype html><script>alert(1)</script>'),
      'x.jpg',
      'image/jpeg',
    ],
    [
      'SVG',
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      'x.svg',
      'image/svg+xml',
    ],
    ['XML', Buffer.from('<?xml version="1.0"?><a/>'), 'x.xml', 'application/xml'],
    [
      'PDF (not allowed for order media)',
      Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj<<>>endobj\n'),
      'x.pdf',
      'application/pdf',
    ],
    [
      'a GIF claimed to be a PNG',
      Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;'),
      'x.png',
      'image/png',
    ],
  ])(
    'refused by content: %s → 415 problem+json, nothing stored',
    async (_label, data, name, type) => {
      const tag = newTag()
      const before = await systemCounts(tag)
      const r = await upload(
        multipart({ data, name: `${tag}-${name}`, type }, { order: w.orderA.id }),
      )
      expect(r.status).toBe(415)
      expect(r.type).toBe('application/problem+json')
      expect(r.json.detail).toMatch(/cannot be uploaded here/)
      expect(await systemCounts(tag)).toEqual(before)
    },
  )

  it('an image over UPLOAD_MAX_IMAGE_MB → 413 with a clear message, nothing stored', async () => {
    const jpeg = await jpegWithGps(64, 48)
    const big = Buffer.concat([jpeg, Buffer.alloc(env.UPLOAD_MAX_IMAGE_MB * MB)])
    const tag = newTag()
    const before = await systemCounts(tag)
    const r = await upload(
      multipart({ data: big, name: `${tag}.jpg`, type: 'image/jpeg' }, { order: w.orderA.id }),
    )
    expect(r.status).toBe(413)
    expect(r.json.detail).toMatch(new RegExp(`largest allowed is ${env.UPLOAD_MAX_IMAGE_MB} MB`))
    expect(await systemCounts(tag)).toEqual(before)
  })

  it('a video is stored under the video limit with the type read from its content', async () => {
    const r = await upload(
      multipart(
        { data: mp4Bytes(2 * MB), name: 'walkaround.mp4', type: 'application/octet-stream' },
        { order: w.orderA.id },
      ),
    )
    expect(r.status).toBe(201)
    const doc = r.json.doc as OrderMedia
    expect(doc.mimeType).toBe('video/mp4')
    const res = await get((doc.storedFiles as TStoredFileIds).original, admin, '', 'HEAD')
    expect(res.headers.get('content-type')).toBe('video/mp4')
    expect(res.headers.get('content-length')).toBe(String(2 * MB))
  })

  it('a record refused after the check (invalid data) leaves no blob and no row', async () => {
    const tag = newTag()
    const before = await systemCounts(tag)
    const r = await upload(
      multipart(
        { data: await jpegWithGps(), name: `${tag}.jpg`, type: 'image/jpeg' },
        { alt: 'no order' },
      ),
    )
    expect(r.status).toBe(400)
    expect(await systemCounts(tag)).toEqual(before)
  })

  it('an account manager cannot add media to another customer’s order', async () => {
    const tag = newTag()
    const before = await systemCounts(tag)
    const r = await upload(
      multipart(
        { data: await jpegWithGps(), name: `${tag}.jpg`, type: 'image/jpeg' },
        { order: w.orderB.id },
      ),
      await staffHeaders(payload, w.managerA),
    )
    expect(r.status).toBe(403)
    expect(await systemCounts(tag)).toEqual(before)
  })

  it('an upload aborted mid-body leaves no blob, no row and no temp file', async () => {
    const tag = newTag()
    const form = multipart(
      { data: mp4Bytes(8 * MB), name: `${tag}.mp4`, type: 'video/mp4' },
      { order: w.orderA.id },
    )
    const encoded = new Response(form)
    const type = encoded.headers.get('content-type')!
    const whole = new Uint8Array(await encoded.arrayBuffer())
    const before = await systemCounts(tag)
    const temps = tempFiles()
    let sent = 0
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= whole.length / 2) return controller.error(new Error('client went away'))
        const piece = whole.subarray(sent, sent + 256 * 1024)
        sent += piece.length
        controller.enqueue(piece)
      },
    })
    const headers = new Headers(admin)
    headers.set('content-type', type)
    const req = new Request('http://localhost:3000/api/order-media', {
      method: 'POST',
      headers,
      body,
      duplex: 'half',
    } as RequestInit)
    const res = await restHandlers
      .POST(req, { params: Promise.resolve({ slug: ['order-media'] }) })
      .catch(() => null)
    if (res) expect(res.status).toBeGreaterThanOrEqual(400)
    expect(await systemCounts(tag)).toEqual(before)
    expect(tempFiles()).toBe(temps)
  })
})

describe('signed file URLs', () => {
  it('stand for their customer, for that file only, without a cookie', async () => {
    const visible = await createMedia(payload, { order: w.orderA.id, visibleToCustomer: true })
    const other = await createMedia(payload, { order: w.orderA.id, visibleToCustomer: true })
    const hidden = await createMedia(payload, { order: w.orderA.id, visibleToCustomer: false })
    const customer = asCustomer(w.customerA)
    const id = (d: OrderMedia) => (d.storedFiles as TStoredFileIds).original
    const url = signedFileUrl({ fileId: id(visible), viewer: customer })
    const res = await fetchFile(new Request(`http://localhost:3000${url}`))
    expect(res.status).toBe(200)
    await res.arrayBuffer()
    // The same token for another file, or for a file the customer may not see: 404.
    const token = new URL(url, 'http://x').searchParams.get('token')!
    expect((await get(id(other), {}, `?token=${encodeURIComponent(token)}`)).status).toBe(404)
    const hiddenUrl = signedFileUrl({ fileId: id(hidden), viewer: customer })
    expect((await fetchFile(new Request(`http://localhost:3000${hiddenUrl}`))).status).toBe(404)
    expect((await get(id(visible), {}, '?token=forged')).status).toBe(404)
    // The cookie path for comparison: the customer's own session reads it too.
    const own = await get(id(visible), await customerHeaders(payload, w.customerA))
    expect(own.status).toBe(200)
    await own.arrayBuffer()
  })
})

describe('demo media', () => {
  it('seeds two photos in three languages, one released to the customer', async () => {
    await seedDemoMedia(payload, w.orderB.id)
    const { docs } = await payload.find({
      collection: 'order-media',
      where: { order: { equals: w.orderB.id } },
      locale: 'de',
      overrideAccess: true,
      depth: 0,
    })
    expect(docs.map((d) => d.visibleToCustomer).sort()).toEqual([false, true])
    expect(docs.map((d) => d.alt).sort()).toEqual([
      'Das verklebte Carbon-Chassis auf der Montagelehre',
      'Sichtcarbon-Karosserieteile vor dem Klarlack',
    ])
    const nl = await payload.findByID({
      collection: 'order-media',
      id: docs[0].id,
      locale: 'nl',
      overrideAccess: true,
    })
    expect(nl.caption).toMatch(/Week 32|Nog niet/)
    const res = await get((docs[0].storedFiles as TStoredFileIds).sizes.thumbnail)
    expect(res.headers.get('content-type')).toBe('image/jpeg')
    await res.arrayBuffer()
  })
})

describe('per-collection switches', () => {
  const options = () =>
    payload.collections['order-media'].config.custom!.privateFiles as Record<string, unknown>

  it('auditReads records every view and download of the collection’s files', async () => {
    const meta = await putOwned(once(Buffer.from('contract')), 'contract.pdf', 'application/pdf')
    options().auditReads = true
    try {
      await (await get(meta.id)).arrayBuffer()
      await (await get(meta.id, admin, '?download=1')).arrayBuffer()
    } finally {
      delete options().auditReads
    }
    const rows = await auditRows(payload, { 'details.fileId': { equals: meta.id } })
    expect(rows.map((r) => [r.action, r.actorId, r.targetType, r.targetId])).toEqual([
      ['file.viewed', w.admin.id, 'order-media', owner.id],
      ['file.downloaded', w.admin.id, 'order-media', owner.id],
    ])
    // Off (order-media's default): reads leave no trace.
    await (await get(meta.id)).arrayBuffer()
    expect(await auditRows(payload, { 'details.fileId': { equals: meta.id } })).toHaveLength(2)
  })

  it('immutable collections let the browser keep their files', async () => {
    const meta = await putOwned(once(Buffer.from('still')))
    options().immutable = true
    try {
      const res = await get(meta.id, admin, '', 'HEAD')
      expect(res.headers.get('cache-control')).toBe('private, max-age=31536000, immutable')
    } finally {
      delete options().immutable
    }
  })
})
