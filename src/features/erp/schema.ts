import { z } from 'zod'

import { MILESTONE_STATES } from '@/lib/timeline/milestones'

const ZDate = z.iso.datetime({ offset: true }).or(z.iso.date())

/** One milestone event as the production planning system sends it. */
export const ZErpEvent = z.strictObject({
  id: z.string().min(1).max(200),
  orderNumber: z.string().min(1).max(40),
  milestone: z.string().min(1).max(60),
  state: z.enum(MILESTONE_STATES),
  plannedDate: ZDate.optional(),
  actualDate: ZDate.optional(),
  note: z.string().max(2000).optional(),
})

/** A batch: applied all together or not at all. */
export const ZErpBatch = z.strictObject({ events: z.array(ZErpEvent).min(1).max(100) })

export type TErpEvent = z.infer<typeof ZErpEvent>

/** What the feed answers per event; a repeated event gets exactly the answer it got first. */
export type TErpResult = {
  id: string
  orderNumber: string
  milestone: string
  state: string
  automaticUpdate: string | null
}

/** A zod issue path as the problem's field name: `events[0].state`. */
export const fieldName = (path: readonly PropertyKey[]) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') ||
  'body'
