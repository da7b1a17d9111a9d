import { getTranslations } from 'next-intl/server'

import { PasskeyFactor } from '@/features/passkeys/components/passkey-factor'
import { passkeyButtonTexts } from '@/features/passkeys/components/passkey-texts'
import { redirect } from '@/lib/i18n/navigation'
import type { TLocale } from '@/lib/i18n/locales'
import { getPayload } from '@/payload/get-payload'
import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/notice'
import { readPendingSignIn } from '@/lib/auth/sign-in/pending-sign-in'
import { safeNextPath } from '@/lib/auth/sign-in/schema'
import { secondFactorsOf } from '@/lib/auth/second-factor/factors-of'
import { currentCustomerSession } from '@/lib/auth/customer-session'

import { FactorForm } from './components/factor-form'
import { AuthShell } from './components/auth-shell'
import { factorFormTexts } from './components/form-texts'

type TSearch = Record<string, string | string[] | undefined>
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)

/** Second step of sign-in. Without a pending sign-in (none, or older than 5 minutes) → sign-in. */
export async function VerifyPage({ locale, search }: { locale: TLocale; search: TSearch }) {
  const t = await getTranslations('Security')
  if (one(search.recovery) === 'used') return RecoveryUsed({ locale, search })
  const pending = await readPendingSignIn()
  if (!pending) return redirect({ href: '/login', locale })
  const factors = await secondFactorsOf(await getPayload(), pending.customerId)
  const next = safeNextPath(pending.next, locale)
  return (
    <AuthShell title={t('verifyTitle')} intro={t('verifyIntro')}>
      <div className="flex flex-col gap-10">
        {(factors.totp || factors.recoveryCodesLeft > 0) && (
          <FactorForm
            locale={locale}
            purpose="sign-in"
            next={next}
            totp={factors.totp}
            texts={await factorFormTexts()}
          />
        )}
        <PasskeyFactor
          locale={locale}
          purpose="sign-in"
          next={next}
          texts={await passkeyButtonTexts('factor')}
        />
      </div>
    </AuthShell>
  )
}

/** Signed in with a recovery code: how many are left, and the way to the Security page. */
async function RecoveryUsed({ locale, search }: { locale: TLocale; search: TSearch }) {
  const found = await currentCustomerSession()
  if (!found) return redirect({ href: '/login', locale })
  const t = await getTranslations('Security')
  const factors = await secondFactorsOf(await getPayload(), found.customer.id)
  const left = factors.recoveryCodesLeft
  return (
    <AuthShell title={t('verifyTitle')}>
      <div className="flex flex-col gap-6" data-testid="recovery-used">
        <Notice tone={left <= 3 ? 'error' : 'success'}>{t('recoveryUsed', { count: left })}</Notice>
        <div className="flex flex-col sm:flex-row gap-4">
          <Button asChild>
            <a href={`/${locale}/account/security`}>{t('goToSecurity')}</a>
          </Button>
          <Button asChild variant="ghost">
            <a href={safeNextPath(one(search.next), locale)}>{t('continue')}</a>
          </Button>
        </div>
      </div>
    </AuthShell>
  )
}
