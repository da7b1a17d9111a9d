import 'server-only'

import { NUMBER_SLOT, type TPluralText } from './plural'

// Whole numbers: what our messages count (minutes, codes, guests).
const SAMPLES = Array.from({ length: 1001 }, (_, i) => i)

/**
 * Each plural form of `locale` for a message of one number: `render(n)` is the translation for
 * `n` (`n => t('rateLimited', { minutes: n })`). Each form is rendered for two numbers of its
 * category and the number replaced by a slot; both must agree, so a message with a branch for
 * one exact number (`=0 {…}`) fails here at once instead of saying the wrong thing later.
 */
export function pluralForms(locale: string, render: (n: number) => string): TPluralText {
  const rules = new Intl.PluralRules(locale)
  const format = new Intl.NumberFormat(locale)
  const forms: TPluralText['forms'] = {}
  for (const category of rules.resolvedOptions().pluralCategories) {
    const samples = SAMPLES.filter((n) => rules.select(n) === category).slice(0, 2)
    const templates = samples.map((n) => render(n).split(format.format(n)).join(NUMBER_SLOT))
    if (!templates.length) continue
    if (templates.some((t) => t !== templates[0]))
      throw new Error(
        `"${templates.join('" / "')}": the ${category} form differs by number; pluralForms handles one number per message`,
      )
    forms[category] = templates[0]
  }
  return { locale, forms }
}
