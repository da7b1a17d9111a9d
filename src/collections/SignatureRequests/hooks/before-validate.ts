import { APIError, type CollectionBeforeValidateHook } from 'payload'

import type { TStoredFileIds } from '@/payload/private-upload'

const idOf = (v: unknown) =>
  v && typeof v === 'object' ? String((v as { id: string }).id) : v ? String(v) : undefined

/**
 * A new request signs the document's current version: the document is read as the caller (an
 * account manager reaches only their own customers' documents), and the request copies its
 * customer, car, title and the SHA-256 of the version's bytes, which every event then carries.
 * The expiry date must lie ahead.
 */
export const beforeRequestValidate: CollectionBeforeValidateHook = async ({
  data,
  req,
  operation,
  context,
}) => {
  if (!data || context.esign) return data
  if (data.expiresAt && new Date(data.expiresAt).getTime() <= Date.now())
    throw new APIError('The expiry date must be in the future.', 400, null, true)
  if (operation !== 'create') return data
  const documentId = idOf(data.document)
  if (!documentId) return data
  const asCaller = req.user ? { user: req.user, overrideAccess: false } : { overrideAccess: true } // system (seed, jobs): no caller to check
  const doc = await req.payload
    .findByID({
      collection: 'documents',
      id: documentId,
      depth: 0,
      locale: 'en',
      select: { title: true, customer: true, order: true },
      disableErrors: true,
      req,
      ...asCaller,
    })
    .catch(() => null)
  if (!doc) throw new APIError('Document not found.', 404, null, true)
  const { docs } = await req.payload.find({
    collection: 'document-versions',
    where: { and: [{ document: { equals: documentId } }, { isCurrent: { equals: true } }] },
    depth: 0,
    limit: 1,
    select: { storedFiles: true },
    overrideAccess: true, // system: the caller may read the document (checked above)
    req,
  })
  const fileId = (docs[0]?.storedFiles as TStoredFileIds | undefined)?.original
  if (!docs[0] || !fileId)
    throw new APIError('This document has no PDF to sign yet.', 400, null, true)
  // Loaded here: the storage module is server-only, and this config is also read by the CLI.
  const { findFile } = await import('@/lib/storage/files')
  const file = await findFile(req.payload, fileId)
  return {
    ...data,
    status: 'draft',
    title: doc.title,
    customer: idOf(doc.customer),
    order: idOf(doc.order) ?? null,
    documentVersion: String(docs[0].id),
    documentSha256: file.sha256,
    createdBy: req.user?.collection === 'staff' ? String(req.user.id) : null,
  }
}
