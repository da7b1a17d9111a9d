import { z } from 'zod'

import { LOCALES } from '@/lib/i18n/locales'

export const ZHelpSearchQuery = z.object({
  q: z.string().trim().max(200),
  locale: z.enum(LOCALES),
})

export const ZHelpVote = z.object({
  locale: z.enum(LOCALES),
  article: z.uuid(),
  helpful: z.enum(['yes', 'no']),
})

export type THelpVoteState = { helpful?: boolean | null; error?: 'failed' | 'rateLimited' }
