import type { CollectionAfterChangeHook } from 'payload'

import { notify } from '@/lib/notify'
import type { Invoice } from '@/payload-types'

const idOf = (v: unknown) => (v && typeof v === 'object' ? (v as { id: string }).id : String(v))

/** A new invoice is announced to its customer in the same transaction; never its amounts. */
export const afterInvoiceChange: CollectionAfterChangeHook<Invoice> = async ({
  doc,
  operation,
  req,
}) => {
  // The demo seed and test factories set data up without telling anyone, like the timeline's seed.
  if (operation !== 'create' || req.context?.seed) return doc
  await notify(
    {
      customer: idOf(doc.customer),
      type: 'new-document',
      title: { key: 'Documents.notify.invoiceTitle' },
      body: { key: 'Documents.notify.body' },
      link: '/documents',
      entity: { collection: 'invoices', id: doc.id },
      ...(doc.order ? { order: idOf(doc.order) } : {}),
      confidential: true,
    },
    req,
  )
  return doc
}
