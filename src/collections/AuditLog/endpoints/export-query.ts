import type { Where } from 'payload'
import { z } from 'zod'

import { ACTOR_TYPES } from '@/lib/audit/types'

const ZInstant = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })])
  .transform((v) => new Date(v))

/** Query of GET /api/audit-log/export.csv. Unknown parameters are refused, so a typo is not a silent "everything". */
export const ZAuditExportQuery = z
  .strictObject({
    from: ZInstant.optional(),
    to: ZInstant.optional(),
    actorType: z.enum(ACTOR_TYPES).optional(),
    action: z.string().trim().min(1).max(100).optional(),
    targetId: z.string().trim().min(1).max(100).optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: '`from` must not be after `to`',
    path: ['from'],
  })

export type TAuditExportQuery = z.infer<typeof ZAuditExportQuery>

/** The filter as a Payload Where; `to` given as a bare date includes that whole day. */
export function exportWhere(q: TAuditExportQuery, rawTo: string | null): Where {
  const and: Where[] = []
  if (q.from) and.push({ createdAt: { greater_than_equal: q.from.toISOString() } })
  if (q.to) {
    const end =
      rawTo && /^\d{4}-\d{2}-\d{2}$/.test(rawTo) ? new Date(q.to.getTime() + 86_400_000) : q.to
    and.push({ createdAt: { [end === q.to ? 'less_than_equal' : 'less_than']: end.toISOString() } })
  }
  if (q.actorType) and.push({ actorType: { equals: q.actorType } })
  if (q.action) and.push({ action: { equals: q.action } })
  if (q.targetId) and.push({ targetId: { equals: q.targetId } })
  return { and }
}
