import { getTranslations } from 'next-intl/server'

import { lookupAccountToken } from '@/lib/auth/account-links/account-tokens'
import { passkeyButtonTexts } from '@/features/passkeys/components/passkey-texts'
import { SsoButtons } from '@/features/sso/components/sso-buttons'
import { redirect } from '@/lib/i18n/navigation'
import type { TLocale } from '@/lib/i18n/locales'
import { getPayload } from '@/payload/get-payload'
import { getCurrentCustomer } from '@/lib/auth/current-customer'

import { AuthShell } from './components/auth-shell'
import { ForgotForm } from './components/forgot-form'
import { LoginForm } from './components/login-form'
import { LinkInvalid } from './components/link-invalid'
import { SetPasswordForm } from './components/set-password-form'
import {
  forgotFormTexts,
  linkInvalidTexts,
  loginFormTexts,
  setPasswordFormTexts,
} from './components/form-texts'

type TSearch = Record<string, string | string[] | undefined>
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)

export async function LoginPage({ locale, search }: { locale: TLocale; search: TSearch }) {
  if (await getCurrentCustomer()) redirect({ href: '/', locale })
  const t = await getTranslations('Login')
  const notice = one(search.expired) ? 'expired' : one(search.signedOut) ? 'signedOut' : undefined
  return (
    <AuthShell title={t('title')} intro={t('subtitle')}>
      <LoginForm
        locale={locale}
        next={one(search.next)}
        notice={notice}
        texts={await loginFormTexts()}
        passkeyTexts={await passkeyButtonTexts('signIn')}
      />
      <SsoButtons audience="customers" locale={locale} next={one(search.next)} />
    </AuthShell>
  )
}

export async function ForgotPasswordPage({ locale }: { locale: TLocale }) {
  const t = await getTranslations('Forgot')
  return (
    <AuthShell title={t('title')} intro={t('intro')}>
      <ForgotForm locale={locale} texts={await forgotFormTexts()} />
    </AuthShell>
  )
}

/** Opened from an invitation or reset mail. The token is checked before the form is shown. */
export async function SetPasswordPage({ locale, search }: { locale: TLocale; search: TSearch }) {
  const t = await getTranslations('SetPassword')
  const token = one(search.token) ?? ''
  const found = await lookupAccountToken(await getPayload(), token)
  if (found.state !== 'valid') {
    return (
      <AuthShell title={t('invalidTitle')}>
        <LinkInvalid reason={found.state} texts={await linkInvalidTexts()} />
      </AuthShell>
    )
  }
  const invitation = found.purpose === 'invitation'
  return (
    <AuthShell
      title={t(invitation ? 'titleInvitation' : 'titleReset')}
      intro={t(invitation ? 'introInvitation' : 'introReset')}
    >
      <SetPasswordForm locale={locale} token={token} texts={await setPasswordFormTexts()} />
    </AuthShell>
  )
}
