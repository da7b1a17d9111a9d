import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import type { Document, DocumentType, DocumentVersion, Invoice } from '@/payload-types'

import { simplePdf } from './pdf'

/**
 * Document factories shared by the demo seed and the tests. System writes (overrideAccess: true):
 * they set up the world that access rules are then tested against.
 */
const pdfFile = async (title: string, name?: string) => {
  const data = await simplePdf({ title, lines: [title] })
  // Payload keeps upload file names unique; callers side by side must not race for one.
  const filename = name ?? `${randomBytes(6).toString('hex')}.pdf`
  return { data, name: filename, mimetype: 'application/pdf', size: data.length }
}

export const DOCUMENT_TYPES = [
  {
    key: 'sales-contract',
    kind: 'document',
    history: false,
    name: { en: 'Sales contract', nl: 'Koopovereenkomst', de: 'Kaufvertrag' },
  },
  {
    key: 'specification-sheet',
    kind: 'document',
    history: true,
    name: { en: 'Specification sheet', nl: 'Specificatieblad', de: 'Spezifikationsblatt' },
  },
  {
    key: 'invoice',
    kind: 'invoice',
    history: false,
    name: { en: 'Invoice', nl: 'Factuur', de: 'Rechnung' },
  },
  {
    key: 'delivery-document',
    kind: 'document',
    history: false,
    name: { en: 'Delivery document', nl: 'Afleverdocument', de: 'Übergabedokument' },
  },
  {
    key: 'other',
    kind: 'document',
    history: false,
    name: { en: 'Other', nl: 'Overig', de: 'Sonstiges' },
  },
] as const

/** The standard types (idempotent: an existing key is kept as staff left it). */
export async function ensureDocumentTypes(payload: Payload): Promise<Record<string, DocumentType>> {
  const byKey: Record<string, DocumentType> = {}
  for (const [i, t] of DOCUMENT_TYPES.entries()) {
    const found = await payload.find({
      collection: 'document-types',
      where: { key: { equals: t.key } },
      limit: 1,
      overrideAccess: true, // factory
      context: { seed: true }, // set-up data: no notification, as in the demo seed
    })
    let doc = found.docs[0]
    if (!doc) {
      doc = await payload.create({
        collection: 'document-types',
        data: {
          key: t.key,
          kind: t.kind,
          historyVisibleToCustomer: t.history,
          sortOrder: (i + 1) * 10,
          name: t.name.en,
        },
        locale: 'en',
        overrideAccess: true, // factory
        context: { seed: true }, // set-up data: no notification, as in the demo seed
      })
      for (const locale of ['nl', 'de'] as const)
        await payload.update({
          collection: 'document-types',
          id: doc.id,
          locale,
          data: { name: t.name[locale] },
          overrideAccess: true, // factory
          context: { seed: true }, // set-up data: no notification, as in the demo seed
        })
    }
    byKey[t.key] = doc
  }
  return byKey
}

type TLocalized = { en: string; nl?: string; de?: string }

export async function createDocument(
  payload: Payload,
  input: { customer: string; type: string; order?: string | null; title: TLocalized | string },
): Promise<Document> {
  const title = typeof input.title === 'string' ? { en: input.title } : input.title
  const doc = await payload.create({
    collection: 'documents',
    data: {
      customer: input.customer,
      type: input.type,
      order: input.order ?? null,
      title: title.en,
    },
    locale: 'en',
    overrideAccess: true, // factory
    context: { seed: true }, // set-up data: no notification, as in the demo seed
    depth: 0,
  })
  for (const locale of ['nl', 'de'] as const) {
    const value = title[locale]
    if (value)
      await payload.update({
        collection: 'documents',
        id: doc.id,
        locale,
        data: { title: value },
        overrideAccess: true, // factory
        context: { seed: true }, // set-up data: no notification, as in the demo seed
      })
  }
  return doc
}

export async function addDocumentVersion(
  payload: Payload,
  input: { document: string; title?: string; note?: string; data?: Buffer },
): Promise<DocumentVersion> {
  const file = await pdfFile(input.title ?? 'Document')
  return payload.create({
    collection: 'document-versions',
    data: { document: input.document, note: input.note },
    file: input.data ? { ...file, data: input.data, size: input.data.length } : file,
    overrideAccess: true, // factory
    context: { seed: true }, // set-up data: no notification, as in the demo seed
    depth: 0,
  })
}

export async function createInvoice(
  payload: Payload,
  input: {
    customer: string
    type: string
    order?: string | null
    number?: string
    amountCents?: number
    vatCents?: number
    currency?: 'EUR' | 'GBP' | 'USD' | 'CHF'
    issueDate?: string
    dueDate?: string
    status?: 'open' | 'paid'
    paymentInstructions?: string
  },
): Promise<Invoice> {
  const number = input.number ?? `INV-${randomBytes(4).toString('hex').toUpperCase()}`
  const amountCents = input.amountCents ?? 121_00
  return payload.create({
    collection: 'invoices',
    data: {
      number,
      customer: input.customer,
      type: input.type,
      order: input.order ?? null,
      amountCents,
      vatCents: input.vatCents ?? Math.round((amountCents * 21) / 121),
      vatRate: 21,
      currency: input.currency ?? 'EUR',
      issueDate: input.issueDate ?? new Date().toISOString(),
      dueDate: input.dueDate ?? new Date(Date.now() + 30 * 86_400_000).toISOString(),
      status: input.status ?? 'open',
      paymentInstructions: input.paymentInstructions,
    },
    file: await pdfFile(`Invoice ${number}`),
    locale: 'en',
    overrideAccess: true, // factory
    context: { seed: true }, // set-up data: no notification, as in the demo seed
    depth: 0,
  })
}
