import 'server-only'

import type { Payload } from 'payload'

/** A view or download of one document's file, as the audit log recorded it. */
export type TFileRead = {
  at: string
  action: 'file.viewed' | 'file.downloaded'
  who: string
  actorType: string
  actorId: string | null
  /** The version read (documents) or null (invoices have one file). */
  version: number | null
  ip: string | null
}

/**
 * Every read of a document's files (all its versions) or an invoice's file, newest first. A system
 * read of the audit log (staff who may see the document may see who opened it, though not all of
 * them may read the audit log itself): callers check access to the document first.
 */
export async function fileReadsOf(args: {
  payload: Payload
  target: { collection: 'documents' | 'invoices'; id: string }
  limit?: number
}): Promise<TFileRead[]> {
  const { payload, target } = args
  const versions =
    target.collection === 'documents'
      ? (
          await payload.find({
            collection: 'document-versions',
            where: { document: { equals: target.id } },
            depth: 0,
            limit: 1000,
            pagination: false,
            select: { version: true },
            overrideAccess: true, // system: the caller checked access to the document
          })
        ).docs
      : []
  const numberOf = new Map(versions.map((v) => [String(v.id), v.version ?? null]))
  const targets =
    target.collection === 'documents'
      ? { targetType: 'document-versions', ids: [...numberOf.keys()] }
      : { targetType: 'invoices', ids: [target.id] }
  if (targets.ids.length === 0) return []
  const { docs } = await payload.find({
    collection: 'audit-log',
    where: {
      and: [
        { action: { in: ['file.viewed', 'file.downloaded'] } },
        { targetType: { equals: targets.targetType } },
        { targetId: { in: targets.ids } },
      ],
    },
    sort: '-seq',
    limit: args.limit ?? 100,
    depth: 0,
    overrideAccess: true, // system: see the comment above
  })
  return docs.map((d) => ({
    at: d.createdAt,
    action: d.action as TFileRead['action'],
    who: d.actorLabel ?? d.actorId ?? d.actorType,
    actorType: d.actorType,
    actorId: d.actorId ?? null,
    version: numberOf.get(String(d.targetId)) ?? null,
    ip: d.ip ?? null,
  }))
}
