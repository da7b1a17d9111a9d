import 'server-only'

import type { TCustomerUser } from '@/access/user'
import { getPayload } from '@/payload/get-payload'

const idOf = (v: unknown) =>
  v && typeof v === 'object' ? String((v as { id: string }).id) : String(v)

/**
 * The latest sent or completed signature request per document of this customer, read as the
 * customer, for the documents page's "to sign" and "signed" badges.
 */
export async function getSignaturesOfDocuments(customer: TCustomerUser, documentIds: string[]) {
  const payload = await getPayload()
  const found = new Map<string, { id: string; status: string; signedFile: string | null }>()
  if (!documentIds.length) return found
  const { docs } = await payload.find({
    collection: 'signature-requests',
    where: {
      and: [{ document: { in: documentIds } }, { status: { in: ['sent', 'completed'] } }],
    },
    sort: '-createdAt',
    limit: 500,
    depth: 0,
    select: { document: true, status: true, signedFile: true },
    user: customer,
    overrideAccess: false,
  })
  for (const r of docs) {
    const doc = idOf(r.document)
    if (!found.has(doc))
      found.set(doc, {
        id: String(r.id),
        status: r.status ?? 'sent',
        signedFile: r.signedFile ?? null,
      })
  }
  return found
}
