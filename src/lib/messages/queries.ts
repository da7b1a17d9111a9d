import type { Payload, PayloadRequest, Where } from 'payload'

import type { TUser } from '@/access/user'
import type { Message, MessageAttachment } from '@/payload-types'

import { idOf } from './readable-conversation'

/** A message as pages and streams show it. */
export type TMessageView = {
  id: string
  clientId: string
  conversation: string
  body: string
  internal: boolean
  senderType: 'customer' | 'staff'
  senderName: string | null
  order: string | null
  createdAt: string
  attachments: {
    id: string
    filename: string
    mimeType: string
    filesize: number
    url: string | null
    thumbnailURL: string | null
  }[]
}

/**
 * The one read of messages every page, route and live stream goes through: as the reader
 * (`overrideAccess: false`), so the collection's read rule — no internal note for a customer —
 * decides, and attachments populate only where their own read rule allows.
 */
const SELECT = {
  clientId: true,
  conversation: true,
  body: true,
  internal: true,
  senderType: true,
  senderStaff: true,
  order: true,
  attachments: true,
  createdAt: true,
} as const

const POPULATE = {
  staff: { name: true },
  'message-attachments': { filename: true, mimeType: true, filesize: true, storedFiles: true },
} as const

export function toMessageView(m: Message): TMessageView {
  const staff = typeof m.senderStaff === 'object' && m.senderStaff ? m.senderStaff : null
  return {
    id: String(m.id),
    clientId: m.clientId,
    conversation: idOf(m.conversation)!,
    body: m.body ?? '',
    internal: Boolean(m.internal),
    senderType: m.senderType === 'staff' ? 'staff' : 'customer',
    senderName: staff?.name ?? null,
    order: idOf(m.order),
    createdAt: m.createdAt,
    attachments: (m.attachments ?? [])
      .filter((a): a is MessageAttachment => typeof a === 'object' && a !== null)
      .map((a) => ({
        id: String(a.id),
        filename: a.filename ?? '',
        mimeType: a.mimeType ?? '',
        filesize: a.filesize ?? 0,
        url: a.url ?? null,
        thumbnailURL: a.thumbnailURL ?? null,
      })),
  }
}

/**
 * One message for this reader, or null when it does not exist or is not theirs to read. `req`:
 * the caller's own Payload request, when a route makes several calls as this reader. A caller
 * that knows the message's own `conversation` from the server side (the send route that just
 * wrote it, a live event recorded with it) names it, and the conversation is not read again to
 * fill in a field the view shows as an id: the messages read rule has decided on it already.
 * (Naming it in a `where` instead would cost more: Payload then runs the read rules once more,
 * for the where's fields.)
 */
export async function messageForReader(args: {
  payload: Payload
  user: TUser
  id: string
  conversation?: string | null
  req?: PayloadRequest
}): Promise<TMessageView | null> {
  const { conversation } = args
  const { conversation: _, ...withoutConversation } = SELECT
  const m = await args.payload.findByID({
    collection: 'messages',
    id: args.id,
    depth: 1,
    select: conversation ? withoutConversation : SELECT,
    populate: POPULATE,
    user: args.user,
    overrideAccess: false,
    disableErrors: true,
    req: args.req,
  })
  if (!m) return null
  return toMessageView(conversation ? { ...(m as Message), conversation } : (m as Message))
}

/** A page of a conversation, newest first from `before` (exclusive); the page shows it oldest first. */
export async function messagesPage(args: {
  payload: Payload
  user: TUser
  conversation: string
  before?: string
  limit: number
}): Promise<{ messages: TMessageView[]; more: boolean }> {
  const where: Where = {
    and: [
      { conversation: { equals: args.conversation } },
      ...(args.before ? [{ createdAt: { less_than: args.before } }] : []),
    ],
  }
  const found = await args.payload.find({
    collection: 'messages',
    where,
    sort: '-createdAt',
    limit: args.limit,
    depth: 1,
    select: SELECT,
    populate: POPULATE,
    user: args.user,
    overrideAccess: false,
  })
  return {
    messages: found.docs.map((m) => toMessageView(m as Message)).reverse(),
    more: found.hasNextPage,
  }
}
