import type { TLocale } from '@/lib/i18n/locales'

/** Dates in mails: long date and time in the factory's time zone, in the reader's language. */
export function mailDate(locale: TLocale, date: Date): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(date)
}

/** Text placed in a mail's HTML (names, translated lines) is escaped, never trusted as markup. */
export const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )
