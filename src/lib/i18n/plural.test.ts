import { createTranslator } from 'use-intl/core'
import { describe, expect, it } from 'vitest'

import { LOCALES } from './locales'
import { MESSAGES } from './messages'
import { pluralForms } from './plural-forms'
import { pluralText } from './plural'

// The plural messages client components show without next-intl's runtime.
const CASES = [
  { namespace: 'Security', key: 'rateLimited', arg: 'minutes', singularInWords: true },
  { namespace: 'Passkeys', key: 'tooMany', arg: 'minutes', singularInWords: true },
  { namespace: 'Help', key: 'results', arg: 'count', singularInWords: false },
] as const

describe('plural texts rendered on the server, picked in the browser', () => {
  for (const locale of LOCALES)
    for (const { namespace, key, arg, singularInWords } of CASES)
      it(`${locale} ${namespace}.${key} says what next-intl says for every number`, () => {
        const translator = createTranslator({ locale, messages: MESSAGES[locale], namespace })
        const t = (n: number) =>
          (translator as unknown as (key: string, values: Record<string, number>) => string)(key, {
            [arg]: n,
          })
        const text = pluralForms(locale, t)
        for (const n of [0, 1, 2, 3, 5, 10, 21, 59, 1234]) expect(pluralText(text, n)).toBe(t(n))
        // "a minute" says its number in words, "1 article" in digits; other counts name it.
        if (singularInWords) expect(pluralText(text, 1)).not.toMatch(/\d/)
        else expect(pluralText(text, 1)).toMatch(/1/)
        expect(pluralText(text, 7)).toContain('7')
      })

  it('formats the number for the locale', () => {
    const text = pluralForms('de', (n) => `${new Intl.NumberFormat('de').format(n)} Minuten`)
    expect(pluralText(text, 1234)).toBe('1.234 Minuten')
  })

  it('refuses a message whose form changes with the exact number', () => {
    const render = (n: number) => (n === 0 ? 'no minutes' : `${n} minutes`)
    expect(() => pluralForms('en', render)).toThrow(/differs by number/)
  })
})
