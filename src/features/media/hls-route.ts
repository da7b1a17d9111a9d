import 'server-only'

import type { Payload } from 'payload'
import { z } from 'zod'

import { isCustomer, isStaff, type TCustomerUser, type TUser } from '@/access/user'
import { AppError } from '@/lib/errors'
import { route } from '@/lib/http/route'
import type { THlsSet } from '@/lib/media/types'
import { getPayload } from '@/payload/get-payload'
import { signedFileUrl } from '@/lib/storage/signed-file-url'
import { thumbnailsVtt } from '@/lib/video/hls-ladder'

import { masterPlaylist, mediaPlaylist, setDuration } from './hls-playlists'
import { HLS_URL_TTL_MS, hlsToken } from './hls-token'
import { requireReadableItem } from './readable-item'

const ZParams = z.object({
  id: z.uuid(),
  file: z.string().regex(/^(?:(?:master|\d{3,4}p)\.m3u8|thumbnails\.vtt)$/),
})
const ZQuery = z.object({ token: z.string().max(2000).optional() })
const NOT_FOUND = () => new AppError('NOT_FOUND', 'Video not found')

/** The active customer a playlist token of this item stands for, or null. */
async function viewerOfToken(payload: Payload, token: string, item: string) {
  const opened = hlsToken.open(token)
  if (!opened || opened.i !== item) return null
  const customer = await payload.findByID({
    collection: 'customers',
    id: opened.c,
    overrideAccess: true, // system: who the playlist URL's viewer is; the item's access is asked next
    disableErrors: true,
    depth: 0,
  })
  if (!customer || customer.status !== 'active') return null
  return { ...customer, collection: 'customers' } as TCustomerUser
}

/** The newest ready HLS set of an item the caller has just been allowed to read. */
export async function readySet(payload: Payload, item: string): Promise<THlsSet | null> {
  const { docs } = await payload.find({
    collection: 'media-transcodes',
    where: { and: [{ item: { equals: item } }, { status: { equals: 'ready' } }] },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true, // system: the item's read access was asked as the viewer just before
  })
  return (docs[0]?.result as THlsSet | undefined) ?? null
}

/** A URL of the route for a customer (session-less, signed for them). */
function customerUrl(item: string, customer: TCustomerUser, file: string) {
  const token = hlsToken.seal({ i: item, c: String(customer.id) })
  return `/api/media/${item}/hls/${file}?token=${encodeURIComponent(token)}`
}

/** The master playlist URL of an item for a customer. */
export const customerMasterUrl = (item: string, customer: TCustomerUser) =>
  customerUrl(item, customer, 'master.m3u8')

/** The seek preview's WebVTT (tiles of the thumbnail strip) of an item for a customer. */
export const customerThumbnailsUrl = (item: string, customer: TCustomerUser) =>
  customerUrl(item, customer, 'thumbnails.vtt')

/**
 * GET /api/media/[id]/hls/{master|<rendition>}.m3u8 and …/thumbnails.vtt: the HLS playlists and
 * the seek preview's thumbnail cues of a media item for whoever may read the item (its read
 * access, asked as the viewer: audience, published). A customer's URLs carry a token that stands
 * for them, and every segment and sprite URL is a signed file URL bound to them, so nothing in a
 * playlist works for anyone else. Staff preview with their session.
 */
export const hlsRoute = route({
  name: '/api/media/[id]/hls/[file]',
  auth: 'public',
  params: ZParams,
  query: ZQuery,
  handler: async ({ req, params, query }) => {
    const payload = await getPayload()
    const user = query.token
      ? await viewerOfToken(payload, query.token, params.id)
      : ((await payload.auth({ headers: req.headers })).user as TUser | null)
    if (!isCustomer(user) && !isStaff(user)) throw NOT_FOUND()
    await requireReadableItem(payload, params.id, user)
    const set = await readySet(payload, params.id)
    if (!set) throw NOT_FOUND()

    const customer = isCustomer(user) ? user : null
    const token = customer
      ? (query.token ?? hlsToken.seal({ i: params.id, c: String(customer.id) }))
      : null
    const suffix = token ? `?token=${encodeURIComponent(token)}` : ''
    const fileUrl = (f: string) =>
      customer
        ? signedFileUrl({ fileId: f, viewer: customer, ttlMs: HLS_URL_TTL_MS })
        : `/api/files/${f}`
    if (params.file === 'thumbnails.vtt')
      return respond(
        thumbnailsVtt({
          durationSeconds: setDuration(set),
          spriteUrl: fileUrl(set.sprite),
          plan: set.thumbnails,
        }),
        'text/vtt; charset=utf-8',
      )
    const name = params.file.replace(/\.m3u8$/, '')
    let body: string
    if (name === 'master')
      body = masterPlaylist(set, (r) => `/api/media/${params.id}/hls/${r}.m3u8${suffix}`, set.audio)
    else {
      const rendition = set.renditions.find((r) => r.name === name)
      if (!rendition) throw NOT_FOUND()
      body = mediaPlaylist(rendition, set.targetDuration, fileUrl)
    }
    return respond(body, 'application/vnd.apple.mpegurl; charset=utf-8')
  },
})

const respond = (body: string, type: string) =>
  new Response(body, {
    headers: {
      'content-type': type,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  })
