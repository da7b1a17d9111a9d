import { APIError, type PayloadRequest } from 'payload'

import type { Conversation } from '@/payload-types'

/**
 * The conversation `id` if the caller of `req` may read it (its read access decides), else the
 * same 404 as for one that does not exist. New messages and attachments join only such a one.
 */
export async function readableConversation(
  req: PayloadRequest,
  id: unknown,
): Promise<Pick<Conversation, 'id' | 'customer' | 'assignedTo'>> {
  const key = typeof id === 'object' && id ? (id as { id?: unknown }).id : id
  const found =
    typeof key === 'string' && key
      ? await req.payload.findByID({
          collection: 'conversations',
          id: key,
          depth: 0,
          select: { customer: true, assignedTo: true },
          user: req.user,
          overrideAccess: false,
          disableErrors: true,
          req,
        })
      : null
  if (!found) throw new APIError('Not Found', 404, null, true)
  return found
}

/** The id of a relationship value as Payload hands it to hooks: an id or a populated document. */
export const idOf = (value: unknown): string | null => {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string')
    return (value as { id: string }).id
  return null
}
