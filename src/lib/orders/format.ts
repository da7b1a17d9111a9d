const ZONE = 'Europe/Amsterdam'

const OPTIONS = {
  month: { month: 'long', year: 'numeric', timeZone: ZONE },
  monthOnly: { month: 'long', timeZone: ZONE },
  year: { year: 'numeric', timeZone: ZONE },
  date: { day: 'numeric', month: 'long', year: 'numeric', timeZone: ZONE },
} satisfies Record<string, Intl.DateTimeFormatOptions>

/** Formatters are costly to build (locale data lookups) and pages format many dates: one per kind and locale. */
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(locale: string, kind: keyof typeof OPTIONS): Intl.DateTimeFormat {
  const key = `${kind}|${locale}`
  let f = formatters.get(key)
  if (!f) {
    // Locales come from the portal's own list; the bound only guards against a caller that passes others.
    if (formatters.size >= 64) formatters.clear()
    f = new Intl.DateTimeFormat(locale, OPTIONS[kind])
    formatters.set(key, f)
  }
  return f
}

/** Month-precision dates as customers think of delivery: "May – July 2027". */
export function formatDeliveryWindow(
  locale: string,
  start?: string | null,
  end?: string | null,
): string | null {
  if (!start && !end) return null
  const month = formatter(locale, 'month')
  if (start && end) {
    const [s, e] = [new Date(start), new Date(end)]
    if (month.format(s) === month.format(e)) return month.format(s)
    const year = formatter('en', 'year')
    if (year.format(s) === year.format(e))
      return `${formatter(locale, 'monthOnly').format(s)} – ${month.format(e)}`
    return `${month.format(s)} – ${month.format(e)}`
  }
  return month.format(new Date((start ?? end)!))
}

export function formatDate(locale: string, value?: string | null): string {
  if (!value) return ''
  return formatter(locale, 'date').format(new Date(value))
}
