import { z } from 'zod'

import { LOCALES } from '@/lib/i18n/locales'

export const ZEventParams = z.object({ id: z.uuid() })
export const ZFeedParams = z.object({ token: z.string().regex(/^[\w-]{20,64}(\.ics)?$/) })
export const ZLocaleQuery = z.object({ locale: z.enum(LOCALES).default('en') })
export const ZCheckInBody = z.object({
  eventId: z.uuid(),
  token: z.string().trim().min(1, 'Scan or type a ticket code.').max(200),
})
