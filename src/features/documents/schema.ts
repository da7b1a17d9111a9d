import { z } from 'zod'

/** A list of the page: a document type, for one car (its order id) or for none ("general"). */
export const GROUP_KEY = /^[0-9a-f-]{36}_(?:[0-9a-f-]{36}|general)$/i

/**
 * The documents page's query string: search text, status filter, the file shown in preview, the
 * list shown in full (every other list shows its first few).
 */
export const ZDocumentsQuery = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum(['open', 'overdue', 'paid']).optional().catch(undefined),
  preview: z.uuid().optional().catch(undefined),
  group: z.string().regex(GROUP_KEY).optional().catch(undefined),
})
export type TDocumentsQuery = z.infer<typeof ZDocumentsQuery>
