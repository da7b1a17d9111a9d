import { getTranslations } from 'next-intl/server'

import { FactorForm } from '@/features/auth/components/factor-form'
import { factorFormTexts } from '@/features/auth/components/form-texts'
import { requireCustomer } from '@/lib/auth/current-customer'
import { safeNextPath } from '@/lib/auth/sign-in/schema'
import { secondFactorsOf } from '@/lib/auth/second-factor/factors-of'
import { PasskeyFactor } from '@/features/passkeys/components/passkey-factor'
import { passkeyButtonTexts } from '@/features/passkeys/components/passkey-texts'
import type { TLocale } from '@/lib/i18n/locales'
import { getPayload } from '@/payload/get-payload'

import { PasswordConfirmForm } from './components/password-confirm-form'
import { passwordConfirmTexts } from './components/security-texts'

type TSearch = Record<string, string | string[] | undefined>
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)

/**
 * Step-up: "confirm it's you" before a security change or a sensitive download. With a second
 * factor, that factor; without one, the password again.
 */
export async function ConfirmPage({ locale, search }: { locale: TLocale; search: TSearch }) {
  const customer = await requireCustomer(locale)
  const t = await getTranslations('Security')
  const next = safeNextPath(one(search.next), locale)
  const factors = await secondFactorsOf(await getPayload(), customer.id)
  return (
    <div className="mx-auto max-w-xl px-5 sm:px-8 py-12 sm:py-16 flex flex-col gap-8">
      <p className="eyebrow">{t('eyebrow')}</p>
      <h1 className="text-3xl sm:text-4xl font-light tracking-tight">{t('confirmTitle')}</h1>
      <p className="text-mist leading-relaxed">
        {factors.any ? t('confirmIntroFactor') : t('confirmIntroPassword')}
      </p>
      {factors.any ? (
        <div className="flex flex-col gap-10">
          {(factors.totp || factors.recoveryCodesLeft > 0) && (
            <FactorForm
              locale={locale}
              purpose="step-up"
              next={next}
              totp={factors.totp}
              texts={await factorFormTexts()}
            />
          )}
          <PasskeyFactor
            locale={locale}
            purpose="step-up"
            next={next}
            texts={await passkeyButtonTexts('factor')}
          />
        </div>
      ) : (
        <PasswordConfirmForm locale={locale} next={next} texts={await passwordConfirmTexts()} />
      )}
      <a href={`/${locale}/account/security`} className="text-sm text-mist hover:text-amber">
        ← {t('backToSecurity')}
      </a>
    </div>
  )
}
