import type { PayloadRequest } from 'payload'

import type { TActor } from '@/lib/audit/actor'
import type { TJson } from '@/lib/audit/types'
import { requestContextFromHeaders } from '@/lib/audit/request-context'
import type { TEventType } from '@/lib/esign/statuses'
import type { SignatureRequest } from '@/payload-types'

const idOf = (v: unknown) =>
  v && typeof v === 'object' ? String((v as { id: string }).id) : String(v)

/**
 * Appends one event to a request's evidence trail, in the caller's transaction: UTC time, the
 * actor's identity, the client address and browser of the request that caused it, and the hash
 * of the document version being signed.
 */
export async function recordSignatureEvent(args: {
  req: PayloadRequest
  request: Pick<SignatureRequest, 'id' | 'customer' | 'documentSha256'>
  type: TEventType
  actor: TActor
  signer?: string | null
  details?: Record<string, TJson>
  at?: Date
}) {
  const meta = requestContextFromHeaders(args.req.headers)
  return args.req.payload.create({
    collection: 'signature-events',
    data: {
      request: String(args.request.id),
      customer: idOf(args.request.customer),
      signer: args.signer ?? null,
      type: args.type,
      at: (args.at ?? new Date()).toISOString(),
      actorType: args.actor.actorType,
      actorId: args.actor.actorId,
      actorLabel: args.actor.actorLabel,
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 500) ?? null,
      documentSha256: args.request.documentSha256 ?? '',
      details: args.details ?? null,
    },
    overrideAccess: true, // system: the evidence trail has no write access for anyone
    depth: 0,
    req: args.req,
  })
}
