import { getTranslations } from 'next-intl/server'

import { Laptop, Smartphone, Tablet } from '@/components/ui/icons'
import { Button } from '@/components/ui/button'
import type { TSessionRow } from '@/lib/auth/own-sessions'

import { revokeSessionAction } from '../actions'

const ICONS = { mobile: Smartphone, tablet: Tablet, desktop: Laptop, unknown: Laptop }

/** Where the customer is signed in, with a way to end any other session. */
export async function SessionsList({
  locale,
  sessions,
}: {
  locale: string
  sessions: TSessionRow[]
}) {
  const t = await getTranslations('Security')
  const others = sessions.filter((s) => !s.current).length
  return (
    <section aria-labelledby="sessions" className="flex flex-col gap-6">
      <h2 id="sessions" className="eyebrow">
        {t('sessionsTitle')}
      </h2>
      <p className="text-sm text-mist">{t('sessionsIntro')}</p>
      <ul
        className="flex flex-col divide-y divide-line border-y border-line"
        data-testid="sessions"
      >
        {sessions.map((s) => {
          const Icon = ICONS[s.agent.device]
          const device =
            s.agent.browser && s.agent.os
              ? t('browserOn', { browser: s.agent.browser, os: s.agent.os })
              : (s.agent.browser ?? s.agent.os ?? t('unknownDevice'))
          return (
            <li
              key={s.id}
              className="py-5 flex flex-col sm:flex-row sm:items-center gap-4 justify-between"
              data-testid="session-row"
              data-current={s.current ? 'true' : undefined}
            >
              <div className="flex gap-4 min-w-0">
                <Icon size={20} className="text-mist shrink-0 mt-1" aria-hidden="true" />
                <div className="min-w-0 flex flex-col gap-1">
                  <p className="text-ivory">
                    {device}
                    {s.current && (
                      <span className="ml-3 text-xs tracking-[0.18em] uppercase text-amber">
                        {t('thisDevice')}
                      </span>
                    )}
                  </p>
                  <p className="text-sm text-mist break-words">
                    {t('sessionMeta', { ip: s.ip ?? '—', since: s.createdAt, seen: s.lastSeenAt })}
                  </p>
                </div>
              </div>
              {!s.current && (
                <form action={revokeSessionAction} className="shrink-0">
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="sessionId" value={s.id} />
                  <Button type="submit" variant="ghost">
                    {t('signOutSession')}
                  </Button>
                </form>
              )}
            </li>
          )
        })}
      </ul>
      {others > 0 && (
        <form action={revokeSessionAction}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="scope" value="others" />
          <Button type="submit" variant="ghost">
            {t('signOutOthers')}
          </Button>
        </form>
      )}
      <p className="text-xs text-smoke">{t('ipNote')}</p>
    </section>
  )
}
