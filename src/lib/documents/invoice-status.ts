/** What the customer sees: an open invoice past its due date is overdue (never stored). */
export type TInvoiceState = 'open' | 'overdue' | 'paid'

export function invoiceState(
  invoice: { status: 'open' | 'paid'; dueDate: string },
  now: Date,
): TInvoiceState {
  if (invoice.status === 'paid') return 'paid'
  const due = new Date(invoice.dueDate)
  // Due "on" a date means payable through the end of that day (UTC).
  due.setUTCHours(23, 59, 59, 999)
  return due.getTime() < now.getTime() ? 'overdue' : 'open'
}

/** Sum of open (and overdue) amounts per currency, in cents. */
export function totalOpen(
  invoices: { status: 'open' | 'paid'; amountCents: number; currency: string }[],
): Record<string, number> {
  const totals: Record<string, number> = {}
  for (const i of invoices)
    if (i.status === 'open') totals[i.currency] = (totals[i.currency] ?? 0) + i.amountCents
  return totals
}
