import 'server-only'

import type { Where } from 'payload'

import type { TCustomerUser } from '@/access/user'
import { LOCALES, type TLocale } from '@/lib/i18n/locales'
import { isMediaType, type THlsSet, type TMediaType } from '@/lib/media/types'
import type { MediaItem, MediaUpload } from '@/payload-types'
import { getPayload } from '@/payload/get-payload'

import { setDuration } from './hls-playlists'

const relId = (v: unknown) =>
  v == null ? null : typeof v === 'object' ? String((v as { id: unknown }).id) : String(v)

export type TMediaCard = {
  id: string
  type: TMediaType
  title: string
  summary: string | null
  publishedAt: string | null
  image: string | null
  imageAlt: string
  /** Seconds, when the item has a playable video. */
  duration: number | null
  featured: boolean
  isNew: boolean
  /** Where the customer stopped (s), for "continue watching". */
  resumeAt: number | null
}

const fileUrl = (id: string | null | undefined) => (id ? `/api/files/${id}` : null)

/** The newest ready HLS set of each item, by item id (items the caller has already read). */
async function readySets(ids: string[]): Promise<Map<string, THlsSet>> {
  if (!ids.length) return new Map()
  const payload = await getPayload()
  const { docs } = await payload.find({
    collection: 'media-transcodes',
    where: { and: [{ item: { in: ids } }, { status: { equals: 'ready' } }] },
    sort: '-createdAt',
    depth: 0,
    pagination: false,
    limit: ids.length * 3,
    select: { item: true, result: true },
    overrideAccess: true, // system: the sets of items this customer was just allowed to read
  })
  const sets = new Map<string, THlsSet>()
  for (const d of docs) {
    const item = relId(d.item)!
    if (!sets.has(item) && d.result) sets.set(item, d.result as THlsSet)
  }
  return sets
}

function card(
  item: Pick<MediaItem, 'id' | 'type' | 'title' | 'summary' | 'publishedAt' | 'cover' | 'featured'>,
  set: THlsSet | undefined,
  progress: { position?: number | null; completed?: boolean | null } | undefined,
): TMediaCard {
  const cover = typeof item.cover === 'object' ? (item.cover as MediaUpload | null) : null
  const duration = set ? setDuration(set) : null
  const position = progress?.position ?? 0
  return {
    id: String(item.id),
    type: isMediaType(item.type) ? item.type : 'news',
    title: item.title ?? '',
    summary: item.summary ?? null,
    publishedAt: item.publishedAt ?? null,
    image: cover?.sizes?.card?.url ?? cover?.url ?? fileUrl(set?.poster),
    imageAlt: cover?.alt ?? '',
    duration,
    featured: Boolean(item.featured),
    isNew: !progress,
    resumeAt:
      duration && position > 5 && !progress?.completed && position < duration - 5 ? position : null,
  }
}

/**
 * The library as this customer may see it (read as them: audience and publication decide), with
 * their progress: what is new to them and where they stopped watching.
 */
export async function getMediaLibrary(
  customer: TCustomerUser,
  locale: TLocale,
  filter: { type?: string; q?: string },
) {
  const payload = await getPayload()
  const as = { user: customer, overrideAccess: false, locale, fallbackLocale: 'en' } as const
  const where: Where[] = []
  if (isMediaType(filter.type)) where.push({ type: { equals: filter.type } })
  const q = filter.q?.trim().slice(0, 100)
  if (q) where.push({ or: [{ title: { like: q } }, { summary: { like: q } }] })
  const [items, progress] = await Promise.all([
    payload.find({
      collection: 'media-items',
      where: where.length ? { and: where } : undefined,
      sort: '-publishedAt',
      depth: 1,
      limit: 200,
      pagination: false,
      select: {
        type: true,
        title: true,
        summary: true,
        publishedAt: true,
        cover: true,
        featured: true,
      },
      ...as,
    }),
    payload.find({
      collection: 'media-progress',
      where: { customer: { equals: customer.id } },
      depth: 0,
      limit: 1000,
      pagination: false,
      select: { item: true, position: true, completed: true, lastViewedAt: true },
      sort: '-lastViewedAt',
      user: customer,
      overrideAccess: false,
    }),
  ])
  const sets = await readySets(items.docs.map((d) => String(d.id)))
  const byItem = new Map(progress.docs.map((p) => [relId(p.item)!, p]))
  const cards = items.docs.map((d) => card(d, sets.get(String(d.id)), byItem.get(String(d.id))))
  const order = progress.docs.map((p) => relId(p.item))
  const continueWatching = cards
    .filter((c) => c.resumeAt !== null)
    .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id))
  const featured = filter.type || q ? null : (cards.find((c) => c.featured) ?? cards[0] ?? null)
  return {
    featured,
    cards: cards.filter((c) => c.id !== featured?.id),
    continueWatching,
    newCount: cards.filter((c) => c.isNew).length,
  }
}

/** One item for its page, or null for "missing" and "not for you" alike (both 404). */
export async function getMediaItem(customer: TCustomerUser, id: string, locale: TLocale) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null
  const payload = await getPayload()
  const item = await payload.findByID({
    collection: 'media-items',
    id,
    depth: 1,
    user: customer,
    overrideAccess: false,
    locale,
    fallbackLocale: 'en',
    disableErrors: true,
  })
  if (!item) return null
  const [sets, progress, captions] = await Promise.all([
    readySets([id]),
    payload.find({
      collection: 'media-progress',
      where: { and: [{ customer: { equals: customer.id } }, { item: { equals: id } }] },
      depth: 0,
      limit: 1,
      user: customer,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'media-captions',
      where: { item: { equals: id } },
      select: { language: true, url: true, storedFiles: true },
      depth: 0,
      limit: LOCALES.length,
      pagination: false,
      user: customer,
      overrideAccess: false,
    }),
  ])
  const set = sets.get(id)
  const hasVideo = Boolean(relId(item.video))
  return {
    card: card(item, set, progress.docs[0]),
    body: item.body ?? null,
    set: set ?? null,
    /** Has a video that is still being prepared (or failed): say so rather than show nothing. */
    videoPending: hasVideo && !set,
    cover: typeof item.cover === 'object' ? (item.cover as MediaUpload | null) : null,
    /** A film hosted on YouTube or Vimeo, when the item has no upload of its own. */
    external:
      !hasVideo && item.externalProvider && item.externalId
        ? { provider: item.externalProvider, id: item.externalId }
        : null,
    /** Subtitle tracks, in the portal's language order; their files go through the file route. */
    captions: captions.docs
      .filter((c) => c.url)
      .map((c) => ({ srclang: c.language, src: c.url as string }))
      .sort((a, b) => LOCALES.indexOf(a.srclang) - LOCALES.indexOf(b.srclang)),
  }
}
