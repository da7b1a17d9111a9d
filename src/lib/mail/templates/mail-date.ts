import type { TLocale } from '@/lib/i18n/locales'

/** Dates in mails: long date and time in the factory's time zone, in the reader's language. */
export function mailDate(locale: TLocale, date: Date): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(date)
}
