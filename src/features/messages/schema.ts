import { z } from 'zod'

export const ZClientId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, 'A message id of 8–64 letters, digits, - or _.')

export const ZSendBody = z.object({
  conversation: z.uuid().optional(),
  clientId: ZClientId,
  body: z.string().max(4000, 'At most 4,000 characters.').default(''),
  order: z.uuid().optional(),
  attachments: z.array(z.uuid()).max(10, 'At most 10 attachments.').default([]),
  internal: z.boolean().default(false),
})

export const ZConversationBody = z.object({ conversation: z.uuid().optional() })

export const ZHistoryQuery = z.object({
  conversation: z.uuid().optional(),
  before: z.iso.datetime().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
})

/** An SSE event id: a positive bigint in decimal. */
export const ZEventId = z.string().regex(/^\d{1,18}$/, 'An event id.')
