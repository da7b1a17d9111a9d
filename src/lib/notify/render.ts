import { createTranslator } from 'next-intl'

import type { TLocale } from '@/lib/i18n/locales'
import { MESSAGES } from '@/lib/i18n/messages'

import type { MessageRef } from './types'

type TStoredRef = { key?: unknown; params?: unknown } | null | undefined

// Keys come from the database, not from code: typed as plain strings on purpose.
type TLooseTranslator = {
  (key: string, values?: Record<string, string | number>): string
  has(key: string): boolean
}

const translators = new Map<TLocale, TLooseTranslator>()
const translator = (locale: TLocale): TLooseTranslator => {
  let t = translators.get(locale)
  if (!t) {
    t = createTranslator({ locale, messages: MESSAGES[locale] }) as unknown as TLooseTranslator
    translators.set(locale, t)
  }
  return t
}

const asRef = (ref: TStoredRef): MessageRef | null =>
  ref && typeof ref.key === 'string'
    ? {
        key: ref.key,
        params:
          ref.params && typeof ref.params === 'object'
            ? (ref.params as Record<string, string | number>)
            : undefined,
      }
    : null

/**
 * A stored message reference in the reader's language. A key this release does not know (a
 * feature's notification kept after its texts changed) falls back to the type's generic line, so
 * a reader never sees a raw key.
 */
export function renderMessage(locale: TLocale, stored: TStoredRef, type: string): string {
  const t = translator(locale)
  const ref = asRef(stored)
  if (ref && t.has(ref.key)) {
    try {
      return t(ref.key, ref.params)
    } catch {
      // A parameter missing from an old notification: the generic line below says enough.
    }
  }
  const generic = `Notifications.types.${type}`
  return t.has(generic) ? t(generic) : t('Notifications.types.other')
}

/** The optional body, or null when there is none to show. */
export function renderOptional(locale: TLocale, stored: TStoredRef): string | null {
  const ref = asRef(stored)
  if (!ref) return null
  const t = translator(locale)
  if (!t.has(ref.key)) return null
  try {
    return t(ref.key, ref.params)
  } catch {
    return null
  }
}
