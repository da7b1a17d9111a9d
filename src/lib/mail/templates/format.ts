import { createTranslator } from 'next-intl'

import type { TLocale } from '@/lib/i18n/locales'
import { MESSAGES } from '@/lib/i18n/messages'
import { dateTimeFormat } from '@/lib/i18n/formatters'

type TMessages = (typeof MESSAGES)['en']

/** The reader's language for one mail's messages (a namespace of messages/<locale>.json). */
export function mailTranslator<N extends keyof TMessages & string>(locale: TLocale, namespace: N) {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace })
}

/** Dates in mails: long date and time in the factory's time zone, in the reader's language. */
export function mailDate(locale: TLocale, date: Date): string {
  return dateTimeFormat(locale, {
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
