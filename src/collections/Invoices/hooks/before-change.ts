import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

/** VAT is part of the amount, and an invoice marked paid records when. */
export const beforeInvoiceChange: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const amount = data.amountCents ?? originalDoc?.amountCents
  const vat = data.vatCents ?? originalDoc?.vatCents
  if (typeof amount === 'number' && typeof vat === 'number' && vat > amount)
    throw new ValidationError({
      collection: 'invoices',
      errors: [{ path: 'vatCents', message: 'VAT cannot exceed the amount.' }],
    })
  const status = data.status ?? originalDoc?.status
  if (status === 'paid' && !(data.paidAt ?? originalDoc?.paidAt))
    return { ...data, paidAt: new Date().toISOString() }
  if (status === 'open') return { ...data, paidAt: null }
  return data
}
