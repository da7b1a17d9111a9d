import 'server-only'

import { getLocale, getTranslations } from 'next-intl/server'

import { pluralForms } from '@/lib/i18n/plural-forms'

/**
 * The passkey button's words for the sign-in and confirm pages, translated on the server (see
 * src/features/auth/form-texts.ts): its label, the waiting text and every problem it can report.
 */
export async function passkeyButtonTexts(label: 'signIn' | 'factor') {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('Passkeys')])
  return {
    label: t(label),
    or: t('or'),
    waiting: t('waiting'),
    problems: {
      unsupported: t('unsupported'),
      cancelled: t('cancelled'),
      refused: t('refused'),
      expired: t('expired'),
      failed: t('failed'),
      duplicate: t('duplicate'),
      stepUp: t('stepUp'),
    },
    tooMany: pluralForms(locale, (n) => t('tooMany', { minutes: n })),
  }
}
export type TPasskeyButtonTexts = Awaited<ReturnType<typeof passkeyButtonTexts>>
