import type { PayloadRequest } from 'payload'

import { staffCan, type TUser } from '@/access/user'
import { AppError } from '@/lib/errors'
import type { SignatureRequest, SignatureSigner } from '@/payload-types'

export const idOf = (v: unknown) =>
  v && typeof v === 'object' ? String((v as { id: string }).id) : v ? String(v) : null

const notFound = () => new AppError('NOT_FOUND', 'Signature request not found.')

/**
 * The one read of a signature request for an action: first as the caller (their read access
 * decides, so "not yours" is the same 404 as "missing"), then the full record and its signers as
 * the system, inside the action's transaction.
 */
export async function loadRequestFor(args: { req: PayloadRequest; id: string; user: TUser }) {
  const { req, id, user } = args
  const visible = await req.payload
    .findByID({
      collection: 'signature-requests',
      id,
      user,
      overrideAccess: false,
      depth: 0,
      select: {},
      disableErrors: true,
      req,
    })
    .catch((err: { status?: number }) => {
      if (err.status === 403 || err.status === 404) return null
      throw err
    })
  if (!visible) throw notFound()
  return loadRequest({ req, id })
}

/** The record and its signers in signing order; system read (the caller was checked). */
export async function loadRequest(args: { req: PayloadRequest; id: string }) {
  const { req, id } = args
  const request = (await req.payload.findByID({
    collection: 'signature-requests',
    id,
    depth: 0,
    overrideAccess: true, // system: loadRequestFor checked the caller, jobs act for the company
    disableErrors: true,
    req,
  })) as SignatureRequest | null
  if (!request) throw notFound()
  const { docs: signers } = await req.payload.find({
    collection: 'signature-signers',
    where: { request: { equals: id } },
    sort: 'position',
    depth: 0,
    limit: 10,
    overrideAccess: true, // system: the signers of the request just read
    req,
  })
  return { request, signers: signers as SignatureSigner[] }
}

/** Staff who may change the request: admins, and the customer's own account manager. */
export function assertStaffWriter(user: TUser) {
  if (!staffCan(user, 'documents:write-all') && !staffCan(user, 'documents:write-own'))
    throw notFound()
}

export const isExpired = (r: Pick<SignatureRequest, 'expiresAt'>, now = new Date()) =>
  new Date(r.expiresAt).getTime() <= now.getTime()

/**
 * Whose turn it is: every unsigned signer of a parallel request; in sequential order only the
 * first one who has not signed.
 */
export function currentSigners(request: SignatureRequest, signers: SignatureSigner[]) {
  const open = signers.filter((s) => s.status === 'pending' || s.status === 'viewed')
  return request.signingOrder === 'parallel' ? open : open.slice(0, 1)
}
