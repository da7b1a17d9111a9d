import { createTranslator } from 'use-intl/core'
import { describe, expect, it } from 'vitest'

import { fillText, VALUE_SLOT } from './fill'
import { LOCALES } from './locales'
import { MESSAGES } from './messages'
import { pluralForms } from './plural-forms'
import { pluralText } from './plural'

// Texts client components show without next-intl's runtime: translated on the server with a
// slot for a value only the browser knows, or as plural forms for a number.
const VALUE_CASES = [
  { namespace: 'Passkeys', key: 'renameLabel', param: 'name' },
  { namespace: 'Passkeys', key: 'removeConfirm', param: 'name' },
  { namespace: 'Passkeys', key: 'addedOn', param: 'date' },
  { namespace: 'Passkeys', key: 'lastUsed', param: 'date' },
] as const
const NUMBER_CASES = [
  { namespace: 'Events.form', key: 'guestName', param: 'n' },
  { namespace: 'Events.form', key: 'waitlisted', param: 'position' },
] as const

describe('texts translated on the server, completed in the browser', () => {
  for (const locale of LOCALES) {
    for (const { namespace, key, param } of VALUE_CASES)
      it(`${locale} ${namespace}.${key} with a value says what next-intl says`, () => {
        const t = createTranslator({ locale, messages: MESSAGES[locale], namespace })
        const text = t(key, { [param]: VALUE_SLOT })
        for (const value of ['MacBook', '“Büro” & 3 $1', '4 Dec 2026'])
          expect(fillText(text, value)).toBe(t(key, { [param]: value }))
      })
    for (const { namespace, key, param } of NUMBER_CASES)
      it(`${locale} ${namespace}.${key} says what next-intl says for every number`, () => {
        const t = createTranslator({ locale, messages: MESSAGES[locale], namespace })
        const text = pluralForms(locale, (n) => t(key, { [param]: n }))
        for (const n of [1, 2, 3, 7, 10, 21, 99])
          expect(pluralText(text, n)).toBe(t(key, { [param]: n }))
        expect(pluralText(text, 7)).toContain('7')
      })
  }
})
