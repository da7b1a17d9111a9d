/** Dutch fiscal retention of invoices (AWR art. 52): seven years. */
export const INVOICE_RETENTION_YEARS = 7

/** Invoices issued before this instant may be deleted; younger ones are kept. */
export function retentionCutoff(now: Date): Date {
  const d = new Date(now)
  d.setUTCFullYear(d.getUTCFullYear() - INVOICE_RETENTION_YEARS)
  return d
}
