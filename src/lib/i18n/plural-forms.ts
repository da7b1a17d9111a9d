import 'server-only'

import { numberFormat } from './formatters'
import { NUMBER_SLOT, type TPluralText } from './plural'

// Whole numbers: what our messages count (minutes, codes, guests).
const LARGEST_SAMPLE = 1000
const samplesByLocale = new Map<string, Map<Intl.LDMLPluralRule, number[]>>()

/** Up to two whole numbers of each plural category of `locale`; the same for every request. */
function samplesOf(locale: string) {
  let samples = samplesByLocale.get(locale)
  if (!samples) {
    const rules = new Intl.PluralRules(locale)
    samples = new Map(rules.resolvedOptions().pluralCategories.map((c) => [c, []]))
    for (let n = 0; n <= LARGEST_SAMPLE; n++) {
      const list = samples.get(rules.select(n))
      if (list && list.length < 2) list.push(n)
    }
    samplesByLocale.set(locale, samples)
  }
  return samples
}

/**
 * Each plural form of `locale` for a message of one number: `render(n)` is the translation for
 * `n` (`n => t('rateLimited', { minutes: n })`). Each form is rendered for two numbers of its
 * category and the number replaced by a slot; both must agree, so a message with a branch for
 * one exact number (`=0 {…}`) fails here at once instead of saying the wrong thing later.
 */
export function pluralForms(locale: string, render: (n: number) => string): TPluralText {
  const format = numberFormat(locale)
  const forms: TPluralText['forms'] = {}
  for (const [category, samples] of samplesOf(locale)) {
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
