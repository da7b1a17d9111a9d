import 'server-only'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { postgresOf } from '@/lib/db/postgres'

/** The last message of a conversation as its inbox row shows it. */
export type TInboxPreview = {
  /** The start of the last message's words ('' for attachments only). */
  text: string
  from: 'customer' | 'staff' | 'note'
  /** Customer messages staff have not read yet. */
  unreadCount: number
}

const PREVIEW_CHARS = 90

/**
 * The last message and the unread count of each conversation in one query. Raw SQL, so no access
 * rule runs here: callers pass only ids of conversations they have just read with the staff
 * member's own access, and every message of such a conversation (internal notes too) is theirs to
 * read (messages-read.ts).
 */
export async function inboxPreviews(
  payload: Payload,
  conversationIds: string[],
): Promise<Map<string, TInboxPreview>> {
  if (conversationIds.length === 0) return new Map()
  const { rows } = await postgresOf(payload).drizzle.execute(sql`
    select distinct on (m.conversation_id)
      m.conversation_id::text as conversation, left(coalesce(m.body, ''), ${PREVIEW_CHARS + 1}) as body,
      m.internal, m.sender_type,
      (select count(*) from messages u
        where u.conversation_id = m.conversation_id and u.sender_type = 'customer'
          and (c.staff_read_at is null or u.created_at > c.staff_read_at)) as unread
    from messages m join conversations c on c.id = m.conversation_id
    where m.conversation_id in (${sql.join(
      conversationIds.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})
    order by m.conversation_id, m.created_at desc, m.id desc`)
  return new Map(
    (
      rows as {
        conversation: string
        body: string
        internal: boolean
        sender_type: string
        unread: unknown
      }[]
    ).map((r) => {
      const text = r.body.replace(/\s+/g, ' ').trim()
      return [
        r.conversation,
        {
          text: text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS).trimEnd()}…` : text,
          from: r.internal ? 'note' : r.sender_type === 'customer' ? 'customer' : 'staff',
          unreadCount: Number(r.unread),
        },
      ]
    }),
  )
}
