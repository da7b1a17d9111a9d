import 'server-only'

import { z } from 'zod'

import type { TStaffUser } from '@/access/user'
import type { TLocale } from '@/lib/i18n/locales'
import { idOf } from '@/lib/timeline/milestones'
import { getPayload } from '@/payload/get-payload'

import { toTimelineUpdate } from './queries'

/**
 * The latest version of an update (draft or scheduled) as the customer will see it, read with the
 * staff member's own access (an account manager only their customers' cars), or null.
 */
export async function getUpdatePreview(staff: TStaffUser, id: string, locale: TLocale) {
  if (!z.uuid().safeParse(id).success) return null
  const payload = await getPayload()
  const as = { user: staff, overrideAccess: false, locale, fallbackLocale: 'en' } as const
  const u = await payload.findByID({
    collection: 'production-updates',
    id,
    draft: true,
    depth: 1,
    populate: {
      'order-media': { alt: true, caption: true, mimeType: true, storedFiles: true },
      orders: { orderNumber: true, model: true },
      'order-milestones': { definition: true },
    },
    disableErrors: true,
    ...as,
  })
  if (!u) return null
  const milestone = u.milestone && typeof u.milestone === 'object' ? u.milestone : null
  const names = new Map<string, string>()
  if (milestone) {
    const def = await payload.findByID({
      collection: 'milestone-definitions',
      id: idOf(milestone.definition)!,
      depth: 0,
      select: { name: true },
      disableErrors: true,
      ...as,
    })
    if (def?.name) names.set(String(milestone.id), def.name)
  }
  const order = typeof u.order === 'object' ? u.order : null
  return {
    update: toTimelineUpdate(
      { ...u, milestone: milestone?.id, publishedAt: u.publishedAt ?? new Date().toISOString() },
      names,
      true,
    ),
    status: u._status ?? 'draft',
    orderNumber: order?.orderNumber ?? '',
    model: order?.model ?? null,
  }
}
