import { getTranslations } from 'next-intl/server'

import { Bell } from '@/components/ui/icons'
import type { TCustomerUser } from '@/access/user'
import { Link } from '@/lib/i18n/navigation'

import { unreadCount } from '../queries'

/** The bell in the header: unread count on every portal page, a link to the notifications. */
export async function NotificationBell({ customer }: { customer: TCustomerUser }) {
  const t = await getTranslations('Notifications.bell')
  const count = await unreadCount(customer)
  return (
    <Link
      href="/notifications"
      className="relative inline-flex items-center px-2 py-2 text-mist hover:text-amber"
      aria-label={`${t('label')}: ${t('unread', { count })}`}
      data-testid="notification-bell"
    >
      <Bell size={16} aria-hidden="true" />
      {count > 0 && (
        <span
          className="absolute -top-0.5 -right-0.5 min-w-4 h-4 px-1 rounded-full bg-amber text-ink text-[10px] leading-4 text-center font-medium"
          data-testid="notification-count"
          aria-hidden="true"
        >
          {count > 99 ? '99+' : count}
        </span>
      )}
    </Link>
  )
}
