import { getFormatter, getTranslations } from 'next-intl/server'

import { KeyRound } from '@/components/ui/icons'
import { Notice } from '@/components/ui/notice'
import { requireCustomer } from '@/lib/auth/current-customer'
import { secondFactorsOf } from '@/lib/auth/second-factor/factors-of'
import { currentCustomerSession } from '@/lib/auth/customer-session'
import { stepUpStatus } from '@/lib/auth/step-up/step-up'
import { PasskeysSection } from '@/features/passkeys/components/passkeys-section'
import { passkeysSectionTexts } from '@/features/passkeys/components/passkey-texts'
import { redirect } from '@/lib/i18n/navigation'
import type { TLocale } from '@/lib/i18n/locales'
import { getPayload } from '@/payload/get-payload'
import { loadFactorState } from '@/lib/auth/second-factor/customer-factor'
import { listActiveSessions } from '@/lib/auth/own-sessions'

import { DataExport } from './components/data-export'
import { SessionsList } from './components/sessions-list'
import { SignInHistory } from './components/sign-in-history'
import { TwoStep } from './components/two-step'
import { recentSignIns } from './sign-in-history'

type TSearch = Record<string, string | string[] | undefined>
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)
const DONE = ['totpDisabled', 'sessionsRevoked'] as const

export async function SecurityPage({ locale, search }: { locale: TLocale; search: TSearch }) {
  const customer = await requireCustomer(locale)
  const found = await currentCustomerSession()
  if (!found) return redirect({ href: '/login?expired=1', locale })
  const payload = await getPayload()
  const t = await getTranslations('Security')
  const format = await getFormatter()
  const [sessions, history, factors, state, sensitive] = await Promise.all([
    listActiveSessions({ payload, customerId: customer.id, currentSessionId: found.session.id }),
    recentSignIns({ payload, customerId: customer.id }),
    secondFactorsOf(payload, customer.id),
    loadFactorState(payload, customer.id),
    stepUpStatus({ session: found.session, customerId: customer.id, purpose: 'sensitive' }),
  ])
  const done = DONE.find((d) => d === one(search.done))
  const when = (iso: string | null | undefined) =>
    iso ? format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' }) : '—'

  return (
    <div className="mx-auto max-w-4xl px-5 sm:px-8 py-12 sm:py-16 flex flex-col gap-14">
      <header className="flex flex-col gap-4">
        <p className="eyebrow">{t('eyebrow')}</p>
        <h1 className="text-3xl sm:text-4xl font-light tracking-tight">{t('title')}</h1>
        <p className="text-mist leading-relaxed max-w-2xl">{t('intro')}</p>
        {done && <Notice tone="success">{t(`done.${done}`)}</Notice>}
      </header>

      <TwoStep
        locale={locale}
        totpEnabledAt={factors.totp ? when(state.totpEnabledAt) : null}
        recoveryCodesLeft={factors.recoveryCodesLeft}
        recoveryCodesCreatedAt={
          state.recoveryCodesCreatedAt ? when(state.recoveryCodesCreatedAt) : null
        }
        anyFactor={factors.any}
      />

      <section aria-labelledby="passkeys" className="flex flex-col gap-6">
        <h2 id="passkeys" className="eyebrow">
          {t('passkeysTitle')}
        </h2>
        <PasskeysSection
          locale={locale}
          icon={<KeyRound aria-hidden="true" className="size-5 text-amber shrink-0 mt-0.5" />}
          texts={await passkeysSectionTexts()}
        />
      </section>

      <SessionsList
        locale={locale}
        sessions={sessions.map((s) => ({
          ...s,
          createdAt: when(s.createdAt),
          lastSeenAt: when(s.lastSeenAt),
        }))}
      />

      <SignInHistory events={history.map((e) => ({ ...e, at: when(e.at) }))} />

      <DataExport
        locale={locale}
        state={
          sensitive.ok ? 'ready' : sensitive.need === 'setup-second-factor' ? 'setup' : 'confirm'
        }
        highlight={one(search.export) === '1'}
      />
    </div>
  )
}
