import type { CollectionAfterChangeHook } from 'payload'

import { notify } from '@/lib/notify'
import type { DocumentVersion } from '@/payload-types'

const idOf = (v: unknown) => (v && typeof v === 'object' ? (v as { id: string }).id : String(v))

/**
 * After a new version: the earlier ones stop being current, and the customer is told a document
 * is waiting — in the same transaction, so no notice goes out for a version that was rolled back.
 * Documents are confidential: the notice names no content.
 */
export const afterVersionChange: CollectionAfterChangeHook<DocumentVersion> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create') return doc
  const documentId = idOf(doc.document)
  // Straight to the rows (no hooks): `isCurrent` is system-only.
  await req.payload.db.updateMany({
    collection: 'document-versions',
    where: { and: [{ document: { equals: documentId } }, { id: { not_equals: doc.id } }] },
    data: { isCurrent: false },
    req,
  })
  // The demo seed and test factories set data up without telling anyone.
  if (req.context?.seed) return doc
  const document = await req.payload.findByID({
    collection: 'documents',
    id: documentId,
    depth: 0,
    select: { customer: true, order: true },
    overrideAccess: true, // system: whom to tell
    req,
  })
  await notify(
    {
      customer: idOf(document.customer),
      type: 'new-document',
      title: {
        key: doc.version === 1 ? 'Documents.notify.newTitle' : 'Documents.notify.updatedTitle',
      },
      body: { key: 'Documents.notify.body' },
      link: '/documents',
      entity: { collection: 'documents', id: documentId },
      ...(document.order ? { order: idOf(document.order) } : {}),
      confidential: true,
    },
    req,
  )
  return doc
}
