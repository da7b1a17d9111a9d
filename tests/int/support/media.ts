import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'
import sharp from 'sharp'

import { env } from '@/lib/env'
import type { OrderMedia } from '@/payload-types'

import { restHandlers } from './http'
import { blobFiles } from './storage'

/** A real JPEG carrying EXIF with GPS position and an orientation of 6 (shot rotated 90°). */
export async function jpegWithGps(width = 800, height = 600): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 30, b: 30 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'TestCam', Copyright: 'secret-owner-name' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '52/1 31/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '5/1 28/1 0/1',
      },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer()
}

/** A structurally valid MP4 of `size` bytes: an ftyp box (brand mp42) and one mdat box. */
export function mp4Bytes(size = 4096): Buffer {
  const ftyp = Buffer.from('00000018667479706d703432000000006d70343269736f6d', 'hex')
  const mdat = Buffer.alloc(size - ftyp.length, 1)
  mdat.writeUInt32BE(mdat.length, 0)
  mdat.write('mdat', 4, 'latin1')
  return Buffer.concat([ftyp, mdat])
}

export const uploadFile = (data: Buffer, name: string, mimetype: string) => ({
  data,
  name,
  mimetype,
  size: data.length,
})

/** Order media as staff would upload it, written by the system (test setup). */
export async function createMedia(
  payload: Payload,
  args: { order: string; visibleToCustomer?: boolean; data?: Buffer; name?: string },
): Promise<OrderMedia> {
  const data = args.data ?? (await jpegWithGps())
  return payload.create({
    collection: 'order-media',
    data: { order: args.order, visibleToCustomer: args.visibleToCustomer ?? false, alt: 'car' },
    // Payload keeps upload file names unique; specs running side by side must not race for one.
    file: uploadFile(data, args.name ?? `car-${randomBytes(6).toString('hex')}.jpg`, 'image/jpeg'),
    overrideAccess: true, // test setup
    depth: 0,
  })
}

/** A name tag that finds one test's rows among those other spec files write meanwhile. */
export const newTag = () => `t${randomBytes(5).toString('hex')}`

/**
 * What uploads named with `tag` left behind: stored-file rows and media records with the tag in
 * their file name, and every blob in the configured store (give the spec file a store of its own).
 */
export async function leftBehind(payload: Payload, tag: string) {
  const named = { filename: { contains: tag } }
  const [rows, media] = await Promise.all([
    payload.count({ collection: 'stored-files', where: named, overrideAccess: true }),
    payload.count({ collection: 'order-media', where: named, overrideAccess: true }),
  ])
  return { rows: rows.totalDocs, media: media.totalDocs, blobs: blobFiles(env.STORAGE_DIR).length }
}

/** The multipart body Payload's admin sends for an upload: the file and the other fields. */
export function multipart(
  file: { data: Buffer; name: string; type: string },
  data: Record<string, unknown>,
) {
  const form = new FormData()
  form.set('_payload', JSON.stringify(data))
  form.set('file', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name)
  return form
}

/** POST /api/order-media through Payload's REST handler, as the browser would send it. */
export async function uploadMedia(body: BodyInit, headers: Headers) {
  const req = new Request('http://localhost:3000/api/order-media', {
    method: 'POST',
    headers,
    body,
  })
  const res = await restHandlers.POST(req, { params: Promise.resolve({ slug: ['order-media'] }) })
  return { status: res.status, type: res.headers.get('content-type'), json: await res.json() }
}
