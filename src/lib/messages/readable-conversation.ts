import { APIError, type PayloadRequest } from 'payload'

import type { Conversation } from '@/payload-types'

type TReadable = Pick<Conversation, 'id' | 'customer' | 'assignedTo'>

/**
 * The conversation `id` if the caller of `req` may read it (its read access decides), else the
 * same 404 as for one that does not exist. New messages and attachments join only such a one.
 * A server route that has just read the conversation as this caller hands it over in
 * `req.context.readableConversation` (context is never set from a request), saving the second
 * read; any other id is read here.
 */
export async function readableConversation(req: PayloadRequest, id: unknown): Promise<TReadable> {
  const key = typeof id === 'object' && id ? (id as { id?: unknown }).id : id
  const known = req.context.readableConversation as TReadable | undefined
  if (known && typeof key === 'string' && String(known.id) === key) return known
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
