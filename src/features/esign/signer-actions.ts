import type { Payload, PayloadRequest } from 'payload'
import { z } from 'zod'

import type { TUser } from '@/access/user'
import { actorFromUser } from '@/lib/audit/actor'
import { recordAudit } from '@/lib/audit/record-audit'
import { AppError } from '@/lib/errors'
import type { SignatureRequest, SignatureSigner } from '@/payload-types'

import { completeRequest } from './complete-request'
import { inRequestTransaction } from './in-transaction'
import { currentSigners, idOf, isExpired, loadRequestFor } from './load-request'
import { notifyOutcome, notifySigners } from './notify-signers'
import { recordSignatureEvent } from './record-event'
import { setRequest } from './staff-actions'

const PNG_DATA_URL = /^data:image\/png;base64,[A-Za-z0-9+/]+=*$/

export const ZSignInput = z
  .object({
    intent: z.literal(true, { error: 'Confirm that you intend to sign.' }),
    legalName: z.string().trim().min(2, 'Type your full legal name.').max(200),
    signatureKind: z.enum(['drawn', 'typed']),
    signatureImage: z
      .string()
      .max(60_000, 'The drawn signature is too large; draw it again or type it.')
      .regex(PNG_DATA_URL)
      .optional(),
  })
  .refine((v) => v.signatureKind === 'typed' || Boolean(v.signatureImage), {
    message: 'Draw your signature, or type it instead.',
    path: ['signatureImage'],
  })
export type TSignInput = z.infer<typeof ZSignInput>

export const ZDeclineInput = z.object({
  reason: z.string().trim().min(3, 'Tell us why you decline.').max(1000),
})

/** The caller's own signer row, whose turn it must be, on a request that is still open. */
export function signerOf(user: TUser, request: SignatureRequest, signers: SignatureSigner[]) {
  if (request.status === 'expired' || (request.status === 'sent' && isExpired(request)))
    throw new AppError('REQUEST_EXPIRED', 'This request has expired and can no longer be signed.')
  if (request.status !== 'sent')
    throw new AppError('REQUEST_CLOSED', `This request is ${request.status}.`)
  const own = signers.find((s) =>
    user.collection === 'customers'
      ? s.role === 'customer' && idOf(s.signerCustomer) === String(user.id)
      : s.role === 'staff' && idOf(s.signerStaff) === String(user.id),
  )
  if (!own) throw new AppError('NOT_FOUND', 'Signature request not found.')
  if (own.status === 'signed' || own.status === 'declined')
    throw new AppError('REQUEST_CLOSED', `You have already ${own.status} this request.`)
  if (!currentSigners(request, signers).some((s) => s.id === own.id))
    throw new AppError('NOT_YOUR_TURN', 'Another signer has to sign first.')
  return own
}

/**
 * The portal's own sign and decline actions are the built-in provider's signing: a request sent
 * through another provider is signed there (the signing page sends the signer to it).
 */
function assertBuiltin(request: SignatureRequest) {
  if ((request.provider ?? 'builtin') !== 'builtin')
    throw new AppError(
      'CONFLICT',
      'This request is signed through the e-signing service it was sent with; open it from your documents.',
    )
}

export const updateSigner = (req: PayloadRequest, id: string, data: Partial<SignatureSigner>) =>
  req.payload.update({
    collection: 'signature-signers',
    id,
    data,
    depth: 0,
    overrideAccess: true, // system: signer rows are written by esign only
    req,
  }) as Promise<SignatureSigner>

type TArgs = {
  payload: Payload
  user: TUser
  id: string
  headers?: Headers
  context?: Record<string, unknown>
}

/** The signer opened the signing page: recorded once, as "viewed". */
export async function markViewed(args: TArgs) {
  return inRequestTransaction({ ...args, requestId: args.id }, async (req) => {
    const { request, signers } = await loadRequestFor({ req, id: args.id, user: args.user })
    // Another provider reports views itself.
    if (
      request.status !== 'sent' ||
      isExpired(request) ||
      (request.provider ?? 'builtin') !== 'builtin'
    )
      return
    const own = signers.find(
      (s) =>
        s.status === 'pending' &&
        (idOf(s.signerCustomer) === String(args.user.id) ||
          idOf(s.signerStaff) === String(args.user.id)),
    )
    if (!own) return
    await updateSigner(req, String(own.id), {
      status: 'viewed',
      viewedAt: new Date().toISOString(),
    })
    await recordSignatureEvent({
      req,
      request,
      type: 'viewed',
      signer: String(own.id),
      actor: actorFromUser(args.user),
    })
  })
}

/**
 * Signs for the caller (step-up was checked by the route). The last signature completes the
 * request: the signed PDF is built and stored in the same transaction.
 */
export async function signRequest(args: TArgs & { input: TSignInput }) {
  return inRequestTransaction({ ...args, requestId: args.id }, async (req) => {
    const { request, signers } = await loadRequestFor({ req, id: args.id, user: args.user })
    assertBuiltin(request)
    const own = signerOf(args.user, request, signers)
    const actor = actorFromUser(args.user)
    const signedAt = new Date()
    const { input } = args
    const signed = await updateSigner(req, String(own.id), {
      status: 'signed',
      signedAt: signedAt.toISOString(),
      legalName: input.legalName,
      signatureKind: input.signatureKind,
      signatureImage: input.signatureKind === 'drawn' ? input.signatureImage : null,
    })
    await recordSignatureEvent({
      req,
      request,
      type: 'signed',
      signer: String(own.id),
      actor,
      at: signedAt,
      details: { legalName: input.legalName, signatureKind: input.signatureKind },
    })
    await recordAudit({
      payload: req.payload,
      req,
      entry: {
        ...actor,
        action: 'signature.signed',
        targetType: 'signature-requests',
        targetId: String(request.id),
        outcome: 'success',
        details: { documentSha256: request.documentSha256 ?? '' },
      },
    })
    const after = signers.map((s) => (s.id === own.id ? signed : s))
    if (after.every((s) => s.status === 'signed'))
      return completeRequest({ req, request, signers: after })
    // Sequential order: the next signer's turn starts now.
    const before = new Set(currentSigners(request, signers).map((s) => s.id))
    const next = currentSigners(request, after).filter((s) => !before.has(s.id))
    if (next.length) await notifySigners({ req, request, signers: next })
    return request
  })
}

/** Declines for the caller with a reason: the whole request ends as declined. */
export async function declineRequest(args: TArgs & { reason: string }) {
  return inRequestTransaction({ ...args, requestId: args.id }, async (req) => {
    const { request, signers } = await loadRequestFor({ req, id: args.id, user: args.user })
    assertBuiltin(request)
    const own = signerOf(args.user, request, signers)
    const actor = actorFromUser(args.user)
    await updateSigner(req, String(own.id), {
      status: 'declined',
      declinedAt: new Date().toISOString(),
      declineReason: args.reason,
    })
    const declined = await setRequest(req, String(request.id), { status: 'declined' })
    await recordSignatureEvent({
      req,
      request,
      type: 'declined',
      signer: String(own.id),
      actor,
      details: { reason: args.reason },
    })
    await recordAudit({
      payload: req.payload,
      req,
      entry: {
        ...actor,
        action: 'signature.declined',
        targetType: 'signature-requests',
        targetId: String(request.id),
        outcome: 'success',
      },
    })
    await notifyOutcome({ req, request: declined, outcome: 'declined' })
    return declined
  })
}
