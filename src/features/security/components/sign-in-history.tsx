import { getTranslations } from 'next-intl/server'

import type { TSignInEvent } from '../sign-in-history'

const METHODS = ['password', 'totp', 'recovery-code', 'passkey', 'sso'] as const

/** The last ten sign-in attempts, so the customer can spot one that was not theirs. */
export async function SignInHistory({ events }: { events: TSignInEvent[] }) {
  const t = await getTranslations('Security')
  const method = (m: string | null) =>
    METHODS.find((k) => k === m) ? t(`method.${m as (typeof METHODS)[number]}`) : '—'
  return (
    <section aria-labelledby="history" className="flex flex-col gap-6">
      <h2 id="history" className="eyebrow">
        {t('historyTitle')}
      </h2>
      {events.length === 0 ? (
        <p className="text-sm text-mist">{t('historyEmpty')}</p>
      ) : (
        <ul
          className="flex flex-col divide-y divide-line border-y border-line"
          data-testid="sign-in-history"
        >
          {events.map((e, i) => (
            <li key={i} className="py-4 grid grid-cols-2 sm:grid-cols-4 gap-2 text-sm">
              <span className="text-ivory">{e.at}</span>
              <span className={e.outcome === 'success' ? 'text-success' : 'text-danger'}>
                {t(e.outcome === 'success' ? 'outcomeSuccess' : 'outcomeFailure')}
              </span>
              <span className="text-mist">{method(e.method)}</span>
              <span className="text-mist break-all">{e.ip ?? '—'}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
