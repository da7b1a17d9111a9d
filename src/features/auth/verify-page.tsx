import { getTranslations } from 'next-intl/server'

import { PasskeyFactor } from '@/features/passkeys/components/passkey-factor'
import { redirect } from '@/lib/i18n/navigation'
import type { TLocale } from '@/lib/i18n/locales'
import { getPayload } from '@/lib/payload'

import { AuthShell } from './components/auth-shell'
import { FactorForm } from './components/factor-form'
import { readPendingSignIn } from './pending-sign-in'
import { safeNextPath } from './schema'
import { secondFactorsOf } from './second-factors'

/** Second step of sign-in. Without a pending sign-in (none, or older than 5 minutes) → sign-in. */
export async function VerifyPage({ locale }: { locale: TLocale }) {
  const pending = await readPendingSignIn()
  if (!pending) return redirect({ href: '/login', locale })
  const t = await getTranslations('Security')
  const factors = await secondFactorsOf(await getPayload(), pending.customerId)
  const next = safeNextPath(pending.next, locale)
  return (
    <AuthShell title={t('verifyTitle')} intro={t('verifyIntro')}>
      <div className="flex flex-col gap-10">
        {(factors.totp || factors.recoveryCodesLeft > 0) && (
          <FactorForm locale={locale} purpose="sign-in" next={next} totp={factors.totp} />
        )}
        <PasskeyFactor locale={locale} purpose="sign-in" next={next} />
      </div>
    </AuthShell>
  )
}
