import 'server-only'

import { getLocale, getTranslations } from 'next-intl/server'

import { pluralForms } from '@/lib/i18n/plural-forms'

/**
 * The words of the Security page's and the confirm page's client forms (authenticator set-up,
 * recovery codes, password confirmation), translated here on the server: the account pages then
 * ship no message catalogue and no next-intl runtime. How long to wait goes as its plural forms.
 */
async function rateLimited() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('Security')])
  return pluralForms(locale, (n) => t('rateLimited', { minutes: n }))
}

export async function recoveryCodesTexts() {
  const t = await getTranslations('Security')
  return {
    shownOnce: t('recoveryShownOnce'),
    fileHeading: t('recoveryFileHeading'),
    copy: t('copy'),
    copied: t('copied'),
    downloadTxt: t('downloadTxt'),
  }
}
export type TRecoveryCodesTexts = Awaited<ReturnType<typeof recoveryCodesTexts>>

export async function regenerateCodesTexts() {
  const t = await getTranslations('Security')
  return {
    intro: t('regenerateIntro'),
    regenerate: t('regenerate'),
    codes: await recoveryCodesTexts(),
  }
}
export type TRegenerateCodesTexts = Awaited<ReturnType<typeof regenerateCodesTexts>>

export async function totpSetupTexts() {
  const t = await getTranslations('Security')
  return {
    enabled: t('totpEnabled'),
    savedCodes: t('savedCodes'),
    intro: t('totpIntro'),
    setUp: t('totpSetUp'),
    steps: [t('totpStep1'), t('totpStep2'), t('totpStep3')],
    qrLabel: t('qrLabel'),
    manualKey: t('manualKey'),
    codeLabel: t('codeLabel'),
    confirm: t('totpConfirm'),
    wrongCode: t('wrongCode'),
    rateLimited: await rateLimited(),
    codes: await recoveryCodesTexts(),
  }
}
export type TTotpSetupTexts = Awaited<ReturnType<typeof totpSetupTexts>>

export async function passwordConfirmTexts() {
  const t = await getTranslations('Security')
  return {
    passwordLabel: t('passwordLabel'),
    wrongPassword: t('wrongPassword'),
    confirm: t('confirm'),
    rateLimited: await rateLimited(),
  }
}
export type TPasswordConfirmTexts = Awaited<ReturnType<typeof passwordConfirmTexts>>
