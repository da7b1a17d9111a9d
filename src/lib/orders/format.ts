import { dateTimeFormat } from '@/lib/i18n/formatters'

/** Month-precision dates as customers think of delivery: "May – July 2027". */
export function formatDeliveryWindow(
  locale: string,
  start?: string | null,
  end?: string | null,
): string | null {
  if (!start && !end) return null
  const month = dateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  })
  const monthOnly = dateTimeFormat(locale, { month: 'long', timeZone: 'Europe/Amsterdam' })
  if (start && end) {
    const [s, e] = [new Date(start), new Date(end)]
    if (month.format(s) === month.format(e)) return month.format(s)
    const year = dateTimeFormat('en', { year: 'numeric', timeZone: 'Europe/Amsterdam' })
    if (year.format(s) === year.format(e)) return `${monthOnly.format(s)} – ${month.format(e)}`
    return `${month.format(s)} – ${month.format(e)}`
  }
  return month.format(new Date((start ?? end)!))
}

export function formatDate(locale: string, value?: string | null): string {
  if (!value) return ''
  return dateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(value))
}
