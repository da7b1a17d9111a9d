import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import {
  addDocumentVersion,
  createDocument,
  createInvoice,
  ensureDocumentTypes,
} from '@/seed/document-factories'

/** The standard document types by key (made on start; idempotent). */
export const documentTypes = (payload: Payload) => ensureDocumentTypes(payload)

/** A document type of the test's own, kind `document`, with or without history for customers. */
export async function createDocumentType(payload: Payload, history = false) {
  return payload.create({
    collection: 'document-types',
    data: {
      key: `t-${randomBytes(5).toString('hex')}`,
      name: `Type ${randomBytes(3).toString('hex')}`,
      kind: 'document',
      historyVisibleToCustomer: history,
    },
    overrideAccess: true, // test setup
  })
}

/** A document of `customer` with `versions` PDF versions (the last one is current). */
export async function documentWithVersions(
  payload: Payload,
  args: { customer: string; type: string; order?: string | null; versions?: number },
) {
  const doc = await createDocument(payload, {
    customer: args.customer,
    type: args.type,
    order: args.order ?? null,
    title: `Contract ${randomBytes(4).toString('hex')}`,
  })
  const versions = []
  for (let i = 0; i < (args.versions ?? 1); i++)
    versions.push(await addDocumentVersion(payload, { document: doc.id, note: `v${i + 1}` }))
  return { doc, versions }
}

export { createInvoice }
