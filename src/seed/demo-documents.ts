import type { Payload } from 'payload'

import { env } from '@/lib/env'
import { logger } from '@/lib/logger'

import {
  addDocumentVersion,
  createDocument,
  createInvoice,
  ensureDocumentTypes,
} from './document-factories'
import { seedDemoSignatures } from './demo-signatures'
import { simplePdf } from './pdf'

const days = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString()

const INSTRUCTIONS = {
  en: 'Please transfer the amount to NL91 ABNA 0417 1643 00, quoting the invoice number.',
  nl: 'Gelieve het bedrag over te maken op NL91 ABNA 0417 1643 00 onder vermelding van het factuurnummer.',
  de: 'Bitte überweisen Sie den Betrag auf NL91 ABNA 0417 1643 00 unter Angabe der Rechnungsnummer.',
}

/** Contracts, specification sheets and invoices of the demo customers, in nl, en and de. */
export async function seedDemoDocuments(
  payload: Payload,
  customers: Map<string, string>,
): Promise<void> {
  const types = await ensureDocumentTypes(payload)
  if (!env.STORAGE_KEYS) {
    logger.warn('demo documents skipped: STORAGE_KEYS is not set, so no file can be stored')
    return
  }
  const orderOf = async (orderNumber: string) =>
    String(
      (
        await payload.find({
          collection: 'orders',
          where: { orderNumber: { equals: orderNumber } },
          limit: 1,
          depth: 0,
          overrideAccess: true, // seed
        })
      ).docs[0]!.id,
    )
  const sophie = customers.get('sophie@customer.example')!
  const max = customers.get('max@customer.example')!
  const james = customers.get('james@customer.example')!
  const p24 = await orderOf('DV-2025-0418')

  const document = async (args: {
    customer: string
    type: string
    order: string | null
    title: { en: string; nl: string; de: string }
    locale: 'en' | 'nl' | 'de'
    versions: { note?: string; lines: string[] }[]
  }) => {
    const doc = await createDocument(payload, {
      customer: args.customer,
      type: types[args.type].id,
      order: args.order,
      title: args.title,
    })
    for (const v of args.versions)
      await addDocumentVersion(payload, {
        document: doc.id,
        note: v.note,
        data: await simplePdf({ title: args.title[args.locale], lines: v.lines }),
      })
    return doc.id
  }
  const sophieContract = await document({
    customer: sophie,
    locale: 'nl',
    type: 'sales-contract',
    order: p24,
    title: {
      en: 'Sales contract P24 RS',
      nl: 'Koopovereenkomst P24 RS',
      de: 'Kaufvertrag P24 RS',
    },
    versions: [{ lines: ['Order DV-2025-0418', 'Donkervoort P24 RS'] }],
  })
  const sophieSpec = await document({
    customer: sophie,
    locale: 'nl',
    type: 'specification-sheet',
    order: p24,
    title: {
      en: 'Specification sheet P24 RS',
      nl: 'Specificatieblad P24 RS',
      de: 'Spezifikationsblatt P24 RS',
    },
    versions: [
      { note: 'First configuration', lines: ['Exterior: exposed carbon, gloss clear coat'] },
      { note: 'Satin clear coat', lines: ['Exterior: exposed carbon, satin clear coat'] },
    ],
  })
  const jamesContract = await document({
    customer: james,
    locale: 'en',
    type: 'sales-contract',
    order: await orderOf('DV-2023-0211'),
    title: {
      en: 'Sales contract D8 GTO Individual Series',
      nl: 'Koopovereenkomst D8 GTO Individual Series',
      de: 'Kaufvertrag D8 GTO Individual Series',
    },
    versions: [{ lines: ['Order DV-2023-0211'] }],
  })

  await seedDemoSignatures(payload, { sophie, james, sophieContract, sophieSpec, jamesContract })

  const invoice = async (args: Parameters<typeof createInvoice>[1]) => {
    const doc = await createInvoice(payload, { ...args, paymentInstructions: INSTRUCTIONS.en })
    for (const locale of ['nl', 'de'] as const)
      await payload.update({
        collection: 'invoices',
        id: doc.id,
        locale,
        data: { paymentInstructions: INSTRUCTIONS[locale] },
        overrideAccess: true, // seed
      })
  }
  await invoice({
    customer: sophie,
    type: types.invoice.id,
    order: p24,
    number: 'DV-F-2025-0193',
    amountCents: 60_500_00,
    vatCents: 10_500_00,
    issueDate: days(-200),
    dueDate: days(-170),
    status: 'paid',
  })
  await invoice({
    customer: sophie,
    type: types.invoice.id,
    order: p24,
    number: 'DV-F-2026-0211',
    amountCents: 121_000_00,
    vatCents: 21_000_00,
    issueDate: days(-6),
    dueDate: days(24),
    status: 'open',
  })
  await invoice({
    customer: max,
    type: types.invoice.id,
    order: await orderOf('DV-2024-0932'),
    number: 'DV-F-2026-0187',
    amountCents: 48_400_00,
    vatCents: 8_400_00,
    issueDate: days(-45),
    dueDate: days(-15),
    status: 'open',
  })
}
