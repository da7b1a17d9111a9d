import 'server-only'

import { getTranslations } from 'next-intl/server'

import { pluralForms } from '@/lib/i18n/plural-forms'

/**
 * The help centre's client words, translated here on the server and handed over as plain
 * strings (the help pages ship no message catalogue and no next-intl runtime): the search box's,
 * with the query the customer typed as a `{query}` slot (src/lib/i18n/fill.ts) and the number of
 * hits as plural forms (src/lib/i18n/plural.ts), and the "Was this helpful?" form's.
 */
export async function helpSearchTexts(locale: string) {
  const t = await getTranslations('Help')
  return {
    searchLabel: t('searchLabel'),
    searchPlaceholder: t('searchPlaceholder'),
    clear: t('clear'),
    searchError: t('searchError'),
    noResults: t('noResults', { query: '{query}' }),
    similarNote: t('similarNote'),
    results: pluralForms(locale, (n) => t('results', { count: n })),
  }
}
export type THelpSearchTexts = Awaited<ReturnType<typeof helpSearchTexts>>

export async function helpfulVoteTexts() {
  const t = await getTranslations('Help')
  return {
    question: t('helpfulQuestion'),
    yes: t('yes'),
    no: t('no'),
    thanksYes: t('thanksYes'),
    thanksNo: t('thanksNo'),
    voteError: t('voteError'),
  }
}
export type THelpfulVoteTexts = Awaited<ReturnType<typeof helpfulVoteTexts>>
