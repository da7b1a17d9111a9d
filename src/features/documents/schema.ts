import { z } from 'zod'

/** The documents page's query string: search text, status filter, the file shown in preview. */
export const ZDocumentsQuery = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum(['open', 'overdue', 'paid']).optional().catch(undefined),
  preview: z.uuid().optional().catch(undefined),
})
export type TDocumentsQuery = z.infer<typeof ZDocumentsQuery>
