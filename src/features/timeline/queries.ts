import 'server-only'

import type { TCustomerUser } from '@/access/user'
import type { TLocale } from '@/lib/i18n/locales'
import { logger } from '@/lib/logger'
import { idOf } from '@/lib/timeline/milestones'
import type { OrderMedia } from '@/payload-types'
import { getPayload } from '@/payload/get-payload'
import { toPhoto, type TPhoto } from '@/lib/timeline/photo'

const asCustomer = (customer: TCustomerUser, locale: TLocale) =>
  ({ user: customer, overrideAccess: false, locale, fallbackLocale: 'en' }) as const

/** What a gallery item needs from order media, and nothing else. */
const MEDIA_FIELDS = { alt: true, caption: true, mimeType: true, storedFiles: true } as const

/**
 * The timeline of one of the customer's cars, read as the customer (overrideAccess: false): their
 * milestones with names, the published updates newest first, the estimate history, and which
 * updates they have not seen yet. The order itself was already checked by the caller.
 */
export async function getTimeline(customer: TCustomerUser, orderId: string, locale: TLocale) {
  const payload = await getPayload()
  const as = asCustomer(customer, locale)
  const [milestones, updates, estimates] = await Promise.all([
    payload.find({
      collection: 'order-milestones',
      where: { order: { equals: orderId } },
      sort: 'sortOrder',
      depth: 0,
      limit: 200,
      pagination: false,
      select: {
        definition: true,
        key: true,
        stage: true,
        sortOrder: true,
        state: true,
        plannedDate: true,
        actualDate: true,
      },
      ...as,
    }),
    payload.find({
      collection: 'production-updates',
      where: { order: { equals: orderId } },
      sort: '-publishedAt',
      depth: 1,
      limit: 100,
      pagination: false,
      select: {
        title: true,
        body: true,
        milestone: true,
        gallery: true,
        video: true,
        publishedAt: true,
        automatic: true,
      },
      populate: { 'order-media': MEDIA_FIELDS },
      ...as,
    }),
    payload.find({
      collection: 'delivery-estimate-changes',
      where: { order: { equals: orderId } },
      sort: '-createdAt',
      depth: 0,
      limit: 100,
      pagination: false,
      select: {
        fromStart: true,
        fromEnd: true,
        toStart: true,
        toEnd: true,
        reason: true,
        createdAt: true,
      },
      ...as,
    }),
  ])
  const definitionIds = [...new Set(milestones.docs.map((m) => idOf(m.definition)!))]
  const [definitions, seen] = await Promise.all([
    definitionIds.length
      ? payload.find({
          collection: 'milestone-definitions',
          where: { id: { in: definitionIds } },
          depth: 0,
          limit: definitionIds.length,
          pagination: false,
          select: { name: true },
          ...as,
        })
      : { docs: [] },
    seenUpdateIds(
      customer,
      updates.docs.map((u) => u.id),
    ),
  ])
  const names = new Map(definitions.docs.map((d) => [String(d.id), d.name ?? '']))
  const milestoneName = new Map<string, string>()
  const steps = milestones.docs.map((m) => {
    const name = names.get(idOf(m.definition)!) ?? m.key ?? ''
    milestoneName.set(String(m.id), name)
    return {
      id: String(m.id),
      name,
      stage: m.stage ?? 'design',
      state: m.state,
      plannedDate: m.plannedDate ?? null,
      actualDate: m.actualDate ?? null,
    }
  })
  return {
    milestones: steps,
    updates: updates.docs.map((u) => toTimelineUpdate(u, milestoneName, !seen.has(String(u.id)))),
    estimates: estimates.docs,
  }
}

type TUpdateDoc = {
  id: string | number
  title?: string | null
  body?: unknown
  publishedAt?: string | null
  automatic?: boolean | null
  milestone?: unknown
  gallery?: { media?: unknown }[] | null
  video?: unknown
}

/** An update as the timeline shows it (the staff preview uses the same shape). */
export function toTimelineUpdate(
  u: TUpdateDoc,
  milestoneName: Map<string, string>,
  isNew: boolean,
) {
  return {
    id: String(u.id),
    title: u.title ?? '',
    body: u.body ?? null,
    publishedAt: u.publishedAt ?? null,
    automatic: Boolean(u.automatic),
    milestone: u.milestone ? (milestoneName.get(idOf(u.milestone)!) ?? null) : null,
    milestoneId: idOf(u.milestone) ?? null,
    photos: (u.gallery ?? []).map((g) => toPhoto(g.media)).filter((p): p is TPhoto => Boolean(p)),
    video: videoOf(u.video),
    isNew,
  }
}

function videoOf(media: unknown) {
  if (!media || typeof media !== 'object') return null
  const m = media as Pick<OrderMedia, 'mimeType' | 'storedFiles'>
  const ids = m.storedFiles as { original?: string } | null
  if (!ids?.original || !String(m.mimeType).startsWith('video/')) return null
  return { src: `/api/files/${ids.original}`, type: String(m.mimeType) }
}

/** Of these updates, the ones the customer has seen before. */
export async function seenUpdateIds(customer: TCustomerUser, ids: string[]) {
  if (!ids.length) return new Set<string>()
  const payload = await getPayload()
  const marks = await payload.find({
    collection: 'update-seen-marks',
    where: { update: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    select: { update: true },
    user: customer,
    overrideAccess: false,
  })
  return new Set(marks.docs.map((m) => idOf(m.update)!))
}

/**
 * Marks the updates the customer is being shown as seen: they are "new" on this view and not on
 * the next. A mark that another tab made meanwhile is no error.
 */
export async function markSeen(customer: TCustomerUser, ids: string[]) {
  const payload = await getPayload()
  for (const update of ids) {
    try {
      await payload.create({
        collection: 'update-seen-marks',
        data: { customer: customer.id, update },
        depth: 0,
        user: customer,
        overrideAccess: false,
      })
    } catch (err) {
      logger.debug({ err, update }, 'seen mark not written')
    }
  }
}

export type TTimeline = Awaited<ReturnType<typeof getTimeline>>
export type TTimelineUpdate = ReturnType<typeof toTimelineUpdate>
export type TTimelineMilestone = TTimeline['milestones'][number]

/** The newest published update across the customer's cars, with its first photo, or null. */
export async function getLatestUpdate(customer: TCustomerUser, locale: TLocale) {
  const payload = await getPayload()
  const { docs } = await payload.find({
    collection: 'production-updates',
    where: { 'order.customer': { equals: customer.id } },
    sort: '-publishedAt',
    depth: 1,
    limit: 1,
    pagination: false,
    select: { order: true, title: true, publishedAt: true, gallery: true },
    populate: { 'order-media': MEDIA_FIELDS, orders: { orderNumber: true, model: true } },
    ...asCustomer(customer, locale),
  })
  const u = docs[0]
  if (!u) return null
  const seen = await seenUpdateIds(customer, [String(u.id)])
  const order = typeof u.order === 'object' ? u.order : null
  return {
    id: String(u.id),
    orderId: idOf(u.order)!,
    model: order?.model ?? null,
    title: u.title ?? '',
    publishedAt: u.publishedAt ?? null,
    photo: toPhoto(u.gallery?.[0]?.media),
    isNew: !seen.has(String(u.id)),
  }
}
