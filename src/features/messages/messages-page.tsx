import { getTranslations } from 'next-intl/server'

import { Clock } from '@/components/ui/icons'
import { requireCustomer } from '@/lib/auth/current-customer'
import type { TLocale } from '@/lib/i18n/locales'

import { Chat } from './components/chat'
import { chatTexts } from './components/chat-texts'
import { getConversationPage } from './queries'

/** /[locale]/messages: the customer's conversation with their account manager. */
export async function MessagesPage({ locale, article }: { locale: TLocale; article?: string }) {
  const customer = await requireCustomer(locale)
  const t = await getTranslations('Messages.page')
  const tDays = await getTranslations('Messages.days')
  const page = await getConversationPage({ customer, locale, article })
  const { manager } = page
  const timeZone = customer.timeZone || 'Europe/Amsterdam'
  const hours = manager?.hours
    ? `${(manager.hours.days ?? ['mon', 'tue', 'wed', 'thu', 'fri']).map((d) => tDays(d)).join(', ')} ${manager.hours.from}–${manager.hours.to}`
    : null
  const firstName = (name: string) => name.split(/\s+/)[0]
  const absence = manager?.absence
  const absent = absence
    ? t(absence.coverName ? 'absentCovered' : 'absent', {
        name: firstName(manager.name),
        cover: absence.coverName ? firstName(absence.coverName) : '',
        // The last day as a calendar day: noon UTC is that day in every European time zone.
        until: new Date(`${absence.until}T12:00:00Z`),
      })
    : null
  const away =
    manager && !absence && !manager.availability.available && manager.availability.next
      ? `${tDays(manager.availability.next.day)} ${manager.availability.next.time}`
      : null
  const initials = manager?.name
    .split(/\s+/)
    .map((p) => p[0])
    .slice(0, 2)
    .join('')

  return (
    <div className="mx-auto max-w-4xl px-4 sm:px-8 py-8 sm:py-14 flex flex-col gap-6">
      <header className="flex flex-col gap-3">
        <p className="eyebrow">{t('eyebrow')}</p>
        <h1 className="text-3xl sm:text-4xl font-light tracking-tight">{t('title')}</h1>
        <p className="text-mist leading-relaxed max-w-2xl">{t('intro')}</p>
      </header>
      <section
        aria-label={t('manager')}
        className="flex items-center gap-4 border border-line p-4 sm:p-5 bg-carbon/40"
        data-testid="account-manager"
      >
        {manager ? (
          <>
            <span
              aria-hidden="true"
              className="flex h-14 w-14 shrink-0 items-center justify-center rounded-full border border-amber/50 font-display text-xl text-amber"
            >
              {initials}
            </span>
            <div className="min-w-0 flex flex-col gap-1">
              <p className="eyebrow text-smoke">{manager.title ?? t('manager')}</p>
              <p className="font-display text-xl text-ivory">{manager.name}</p>
              {hours && (
                <p className="text-xs text-mist flex items-center gap-1.5">
                  <Clock size={12} aria-hidden="true" /> {t('hours', { hours })}
                </p>
              )}
              {absent && (
                <p className="text-xs text-amber" role="status" data-testid="away-notice">
                  {absent}
                </p>
              )}
              {away && (
                <p className="text-xs text-amber" role="status" data-testid="away-notice">
                  {t('away', { name: manager.name, hours: away })}
                </p>
              )}
            </div>
          </>
        ) : (
          <p className="text-sm text-mist">{t('noManager')}</p>
        )}
      </section>
      <Chat
        conversation={page.conversation}
        initial={page.history}
        staffReadAt={page.staffReadAt}
        orders={page.orders}
        initialDraft={
          page.articleTitle ? `${t('articleRef', { title: page.articleTitle })}\n\n` : ''
        }
        locale={locale}
        timeZone={timeZone}
        texts={await chatTexts()}
      />
    </div>
  )
}
