import { numberFormat } from '@/lib/i18n/formatters'

/** An amount in cents as the customer's locale writes it: "€ 121.000,00", "€121,000.00". */
export function formatMoney(locale: string, cents: number, currency: string): string {
  return numberFormat(locale, { style: 'currency', currency }).format(cents / 100)
}

/** The page's own URL with a changed query, keeping search and filter. */
export function documentsHref(query: Record<string, string | undefined>): string {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(query)) if (v) params.set(k, v)
  const s = params.toString()
  return s ? `/documents?${s}` : '/documents'
}

export const fileUrl = (fileId: string, download = false) =>
  `/api/files/${fileId}${download ? '?download=1' : ''}`
