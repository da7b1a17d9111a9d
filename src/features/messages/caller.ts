import 'server-only'

import type { Payload, PayloadRequest } from 'payload'

import { isCustomer, staffCan, type TUser } from '@/access/user'
import { AppError, type TErrorCode, type TFieldIssue } from '@/lib/errors'
import { ensureConversation } from '@/lib/messages/ensure-conversation'
import type { Conversation } from '@/payload-types'

/** A customer, or staff who handle conversations: everyone who writes messages. */
export function assertMessaging(user: TUser): void {
  if (isCustomer(user) || staffCan(user, 'messages:all') || staffCan(user, 'messages:own')) return
  throw new AppError('NOT_FOUND', 'Not found.')
}

/**
 * The conversation a request is about: a customer's own (opened on first use; any other id is
 * ignored), or for staff the one named, if they may read it — else 404 as for a missing one.
 * `req`: the route's one Payload request for this caller, if it makes several calls (see
 * send-route.ts).
 */
export async function conversationOf(args: {
  payload: Payload
  user: TUser
  id?: string
  req?: PayloadRequest
}): Promise<Conversation> {
  const { payload, user, id, req } = args
  assertMessaging(user)
  if (isCustomer(user)) return ensureConversation({ payload, customerId: user.id, req })
  const found = id
    ? await payload.findByID({
        collection: 'conversations',
        id,
        depth: 0,
        user,
        overrideAccess: false,
        disableErrors: true,
        req,
      })
    : null
  if (!found) throw new AppError('NOT_FOUND', 'Conversation not found.')
  return found
}

const CODES: Record<number, TErrorCode> = {
  400: 'BAD_REQUEST',
  403: 'NOT_FOUND',
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE',
}

/** A refusal from a Payload hook or validation as the AppError our routes answer with. */
export function fromPayloadError(err: unknown): unknown {
  const e = err as { status?: number; message?: string; data?: { errors?: TFieldIssue[] } }
  const code = typeof e?.status === 'number' ? CODES[e.status] : undefined
  if (!code) return err
  const issues = e.data?.errors?.map((i) => ({ path: String(i.path), message: String(i.message) }))
  const message = code === 'NOT_FOUND' ? 'Not found.' : (e.message ?? 'The request was refused.')
  return new AppError(code, message, { issues, cause: err })
}
