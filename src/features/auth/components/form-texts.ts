import 'server-only'

import { getLocale, getTranslations } from 'next-intl/server'

import { pluralForms } from '@/lib/i18n/plural-forms'

/**
 * The sign-in, reset, set-password and second-factor forms' words, translated here on the server
 * and handed to the client forms as plain strings: the sign-in pages then load no message
 * catalogue and no next-intl runtime. The one text with a number in it (how long to wait) goes
 * as its plural forms (src/lib/i18n/plural.ts).
 */
async function rateLimited() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('Security')])
  return pluralForms(locale, (n) => t('rateLimited', { minutes: n }))
}

export async function loginFormTexts() {
  const t = await getTranslations('Login')
  return {
    email: t('email'),
    password: t('password'),
    submit: t('submit'),
    forgot: t('forgot'),
    byInvitation: t('byInvitation'),
    notices: { expired: t('expired'), signedOut: t('signedOut'), passwordSet: t('passwordSet') },
    errors: {
      invalid: t('invalid'),
      locked: t('locked'),
      emailRequired: t('emailRequired'),
      passwordRequired: t('passwordRequired'),
    },
    rateLimited: await rateLimited(),
  }
}
export type TLoginFormTexts = Awaited<ReturnType<typeof loginFormTexts>>

export async function forgotFormTexts() {
  const [t, tl] = await Promise.all([getTranslations('Forgot'), getTranslations('Login')])
  return {
    email: tl('email'),
    emailRequired: tl('emailRequired'),
    submit: t('submit'),
    sent: t('sent'),
    back: t('back'),
    rateLimited: await rateLimited(),
  }
}
export type TForgotFormTexts = Awaited<ReturnType<typeof forgotFormTexts>>

export async function linkInvalidTexts() {
  const t = await getTranslations('SetPassword')
  return {
    reasons: { invalid: t('invalid'), expired: t('expired'), used: t('used') },
    help: t('invalidHelp'),
    requestNew: t('requestNew'),
  }
}
export type TLinkInvalidTexts = Awaited<ReturnType<typeof linkInvalidTexts>>

export async function setPasswordFormTexts() {
  const t = await getTranslations('SetPassword')
  return {
    password: t('password'),
    confirm: t('confirm'),
    hint: t('hint'),
    submit: t('submit'),
    errors: {
      tooShort: t('tooShort'),
      tooLong: t('tooLong'),
      tooCommon: t('tooCommon'),
      mismatch: t('mismatch'),
    },
    rateLimited: await rateLimited(),
    linkInvalid: await linkInvalidTexts(),
  }
}
export type TSetPasswordFormTexts = Awaited<ReturnType<typeof setPasswordFormTexts>>

export async function factorFormTexts() {
  const t = await getTranslations('Security')
  return {
    pendingExpired: t('pendingExpired'),
    backToSignIn: t('backToSignIn'),
    wrongCode: t('wrongCode'),
    wrongRecoveryCode: t('wrongRecoveryCode'),
    invalidCode: t('invalidCode'),
    codeLabel: t('codeLabel'),
    codeHint: t('codeHint'),
    recoveryLabel: t('recoveryLabel'),
    recoveryHint: t('recoveryHint'),
    verify: t('verify'),
    useRecoveryCode: t('useRecoveryCode'),
    useAuthenticator: t('useAuthenticator'),
    rateLimited: await rateLimited(),
  }
}
export type TFactorFormTexts = Awaited<ReturnType<typeof factorFormTexts>>
