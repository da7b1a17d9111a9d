import type { TextFieldSingleValidation } from 'payload'
import { text } from 'payload/shared'

import { DEFAULT_LOCALE } from '@/lib/i18n/locales'

/**
 * A translatable text that must exist in the default language; other languages may stay empty and
 * fall back to it. Payload's `required` on a localized field would demand every translation, so
 * staff could not save an order in Dutch before someone translated each option.
 */
export const requiredInDefaultLocale: TextFieldSingleValidation = (value, options) => {
  const locale = options.req?.locale
  if (!value && (!locale || locale === DEFAULT_LOCALE))
    return 'Required in English, the default language.'
  return text(value, { ...options, required: false })
}
