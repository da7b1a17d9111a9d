import { getTranslations } from 'next-intl/server'

import { Button } from '@/components/ui/button'
import type { TLocale } from '@/lib/i18n/locales'
import { renderMessage, renderOptional } from '@/lib/notify/render'

import { markReadAction } from '../actions'
import type { TNotificationItem } from '../queries'

/** One notification in the reader's language: what happened, when, a link to it, mark read. */
export async function NotificationRow({
  item,
  locale,
  page,
  at,
}: {
  item: TNotificationItem
  locale: TLocale
  page: number
  at: string
}) {
  const t = await getTranslations('Notifications')
  const unread = !item.readAt
  const title = renderMessage(locale, item.title as never, item.type)
  const body = renderOptional(locale, item.body as never)
  return (
    <li
      className="py-5 flex flex-col sm:flex-row sm:items-start gap-4 justify-between"
      data-testid="notification"
      data-unread={unread ? 'true' : undefined}
    >
      <div className="min-w-0 flex flex-col gap-1">
        <p className="text-xs tracking-[0.18em] uppercase text-smoke">
          {t(`types.${item.type}` as 'types.other')}
          {unread && <span className="ml-3 text-amber">{t('page.unread')}</span>}
        </p>
        {/* A plain link: Next's prefetch must not run into pages on the reader's behalf. */}
        <a
          href={`/${locale}${item.link}`}
          className={`${unread ? 'text-ivory' : 'text-mist'} hover:text-amber break-words`}
          data-testid="notification-link"
        >
          {title}
        </a>
        {body && <p className="text-sm text-mist break-words">{body}</p>}
        <p className="text-xs text-smoke">{at}</p>
      </div>
      {unread && (
        <form action={markReadAction} className="shrink-0">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="id" value={item.id} />
          <input type="hidden" name="page" value={page} />
          <Button type="submit" variant="quiet" data-testid="mark-read">
            {t('page.markRead')}
          </Button>
        </form>
      )}
    </li>
  )
}
