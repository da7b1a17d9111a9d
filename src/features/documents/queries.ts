import 'server-only'

import type { Payload, Where } from 'payload'

import type { TCustomerUser } from '@/access/user'
import { invoiceState, totalOpen, type TInvoiceState } from '@/lib/documents/invoice-status'
import type { TLocale } from '@/lib/i18n/locales'
import { getSignaturesOfDocuments } from '@/lib/esign/signatures-of-documents'
import { modelLabel } from '@/lib/orders/models'
import type { TStoredFileIds } from '@/payload/private-upload'
import { getPayload } from '@/payload/get-payload'

import type { TDocumentsQuery } from './schema'

const idOf = (v: unknown) =>
  v && typeof v === 'object' ? String((v as { id: string }).id) : v ? String(v) : null
const fileOf = (v: { storedFiles?: unknown }) =>
  (v.storedFiles as TStoredFileIds | null | undefined)?.original ?? null

export type TFileRef = { fileId: string; version: number | null; addedAt: string }

export type TDocumentItem = {
  kind: 'document' | 'invoice'
  id: string
  title: string
  file: TFileRef | null
  /** Earlier versions the customer may see, newest first. */
  history: TFileRef[]
  lastOpenedAt: string | null
  /** The document's latest sent or completed signature request. */
  signature?: { id: string; status: string; signedFile: string | null }
  invoice?: {
    number: string
    amountCents: number
    vatCents: number
    currency: string
    issueDate: string
    dueDate: string
    paidAt: string | null
    state: TInvoiceState
    paymentInstructions: string | null
  }
}

export type TDocumentGroup = {
  typeId: string
  typeName: string
  cars: {
    /** This list's `?group=` value (src/features/documents/schema.ts). */
    key: string
    orderId: string | null
    label: string | null
    /** The documents shown: the first LIST_SIZE unless the list is shown in full. */
    items: TDocumentItem[]
    /** How many documents the list holds in all. */
    total: number
  }[]
}

/**
 * Each list (a type, for one car) shows its newest documents up to this many until the customer
 * asks for all of it: a customer with hundreds of documents still gets a light page.
 */
export const LIST_SIZE = 10

export const groupKey = (typeId: string, orderId: string | null) =>
  `${typeId}_${orderId ?? 'general'}`

/**
 * Everything on a customer's documents page, read as that customer (overrideAccess: false): their
 * documents with the versions they may see, their invoices, grouped by type and car. Search and
 * the status filter cover all of them; each list is then cut to its first LIST_SIZE (except the
 * one `query.group` names), and signatures and "last opened" are read for the shown ones only.
 * Every read of documents for the portal goes through here.
 */
export async function getDocumentsForCustomer(args: {
  customer: TCustomerUser
  locale: TLocale
  query: TDocumentsQuery
}) {
  const { customer, locale, query } = args
  const payload = await getPayload()
  const asCustomer = {
    user: customer,
    overrideAccess: false,
    locale,
    fallbackLocale: 'en',
    depth: 0,
  } as const
  const search: Where | undefined = query.q ? { title: { like: query.q } } : undefined
  const [types, orders, documents, invoices] = await Promise.all([
    payload.find({
      collection: 'document-types',
      ...asCustomer,
      limit: 100,
      sort: 'sortOrder',
      select: { name: true, sortOrder: true },
    }),
    payload.find({
      collection: 'orders',
      ...asCustomer,
      limit: 50,
      sort: 'orderDate',
      select: { orderNumber: true, model: true },
    }),
    // Documents carry no status: a status filter shows invoices only.
    query.status
      ? null
      : payload.find({
          collection: 'documents',
          ...asCustomer,
          where: search,
          limit: 500,
          sort: '-createdAt',
          select: { title: true, type: true, order: true },
        }),
    payload.find({
      collection: 'invoices',
      ...asCustomer,
      where: query.q ? { number: { like: query.q } } : undefined,
      limit: 500,
      sort: '-issueDate',
      select: {
        number: true,
        type: true,
        order: true,
        amountCents: true,
        vatCents: true,
        currency: true,
        issueDate: true,
        dueDate: true,
        status: true,
        paidAt: true,
        paymentInstructions: true,
        storedFiles: true,
        createdAt: true,
      },
    }),
  ])
  const docIds = (documents?.docs ?? []).map((d) => String(d.id))
  const versions = docIds.length
    ? await payload.find({
        collection: 'document-versions',
        ...asCustomer,
        where: { document: { in: docIds } },
        limit: 5000,
        pagination: false,
        sort: '-version',
        select: {
          document: true,
          version: true,
          isCurrent: true,
          storedFiles: true,
          createdAt: true,
        },
      })
    : { docs: [] }
  // Read for every document, not just the shown ones: one waiting for a signature stays in view.
  const signatures = await getSignaturesOfDocuments(customer, docIds)
  const now = new Date()

  /** Per item, the records whose views count as opening it (its versions, or the invoice). */
  const items: {
    typeId: string | null
    orderId: string | null
    item: TDocumentItem
    targets: string[]
  }[] = []
  for (const d of documents?.docs ?? []) {
    const own = versions.docs.filter((v) => idOf(v.document) === String(d.id))
    const refs = own.map((v) => ({
      fileId: fileOf(v),
      version: v.version ?? null,
      addedAt: v.createdAt,
      versionId: String(v.id),
      isCurrent: v.isCurrent,
    }))
    const current = refs.find((r) => r.isCurrent) ?? refs[0]
    if (!current?.fileId) continue // no file yet: nothing to show
    items.push({
      typeId: idOf(d.type),
      orderId: idOf(d.order),
      targets: refs.map((r) => r.versionId),
      item: {
        kind: 'document',
        id: String(d.id),
        title: d.title,
        file: { fileId: current.fileId, version: current.version, addedAt: current.addedAt },
        history: refs
          .filter((r) => r !== current && r.fileId)
          .map((r) => ({ fileId: r.fileId!, version: r.version, addedAt: r.addedAt })),
        lastOpenedAt: null,
        signature: signatures.get(String(d.id)),
      },
    })
  }
  for (const i of invoices.docs) {
    const state = invoiceState(i, now)
    if (query.status && state !== query.status) continue
    const fileId = fileOf(i)
    items.push({
      typeId: idOf(i.type),
      orderId: idOf(i.order),
      targets: [String(i.id)],
      item: {
        kind: 'invoice',
        id: String(i.id),
        title: i.number,
        file: fileId ? { fileId, version: null, addedAt: i.createdAt } : null,
        history: [],
        lastOpenedAt: null,
        invoice: {
          number: i.number,
          amountCents: i.amountCents,
          vatCents: i.vatCents,
          currency: i.currency,
          issueDate: i.issueDate,
          dueDate: i.dueDate,
          paidAt: i.paidAt ?? null,
          state,
          paymentInstructions: i.paymentInstructions ?? null,
        },
      },
    })
  }

  const orderLabel = new Map(
    orders.docs.map((o) => [String(o.id), `${modelLabel(o.model)} · ${o.orderNumber}`]),
  )
  /** Shown wherever it is in its list: the document being previewed, or one to sign. */
  const kept = (x: TDocumentItem) =>
    x.signature?.status === 'sent' ||
    (Boolean(query.preview) && [x.file, ...x.history].some((r) => r?.fileId === query.preview))
  const groups: TDocumentGroup[] = []
  const shown: (typeof items)[number][] = []
  for (const t of types.docs) {
    const ofType = items.filter((x) => x.typeId === String(t.id))
    if (!ofType.length) continue
    const carIds = [...new Set(ofType.map((x) => x.orderId))].sort((a, b) =>
      a === null ? 1 : b === null ? -1 : 0,
    )
    groups.push({
      typeId: String(t.id),
      typeName: t.name,
      cars: carIds.map((orderId) => {
        const key = groupKey(String(t.id), orderId)
        const all = ofType.filter((x) => x.orderId === orderId)
        const full = query.group === key
        const list = all.filter((x, i) => full || i < LIST_SIZE || kept(x.item))
        shown.push(...list)
        return {
          key,
          orderId,
          label: orderId ? (orderLabel.get(orderId) ?? null) : null,
          items: list.map((x) => x.item),
          total: all.length,
        }
      }),
    })
  }

  const opened = await lastOpened(
    payload,
    customer,
    shown.flatMap((x) => x.targets),
  )
  for (const { item, targets } of shown) {
    const seen = targets.map((id) => opened.get(id)).filter(Boolean) as string[]
    item.lastOpenedAt = seen.sort().at(-1) ?? null
  }
  return {
    groups,
    total: items.length,
    totalOpen: totalOpen(invoices.docs),
    files: new Set(
      items.flatMap((x) => [x.item.file?.fileId, ...x.item.history.map((h) => h.fileId)]),
    ),
  }
}

/**
 * When this customer last viewed or downloaded each of the given records' files. A system read
 * of the audit log (customers cannot read it), limited to the customer's own entries.
 */
async function lastOpened(payload: Payload, customer: TCustomerUser, targetIds: string[]) {
  const seen = new Map<string, string>()
  if (!targetIds.length) return seen
  const { docs } = await payload.find({
    collection: 'audit-log',
    where: {
      and: [
        { actorType: { equals: 'customer' } },
        { actorId: { equals: String(customer.id) } },
        { action: { in: ['file.viewed', 'file.downloaded'] } },
        { targetId: { in: targetIds } },
      ],
    },
    sort: '-seq',
    limit: 2000,
    depth: 0,
    select: { targetId: true, createdAt: true },
    overrideAccess: true, // system: the customer's own reads only, see the where above
  })
  for (const d of docs) if (d.targetId && !seen.has(d.targetId)) seen.set(d.targetId, d.createdAt)
  return seen
}
