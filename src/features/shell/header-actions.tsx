import { LocaleOffer } from '@/features/notifications/components/locale-offer'
import { NotificationBell } from '@/features/notifications/components/notification-bell'
import { getCurrentCustomer } from '@/lib/auth/current-customer'

// The header's slot for per-feature actions (the notifications bell, unread counts): features add
// their server component here, so the header itself stays one file that only the shell changes.
export async function HeaderActions({ locale }: { locale: string }) {
  const customer = await getCurrentCustomer()
  if (!customer) return null
  return (
    <>
      <NotificationBell customer={customer} />
      <LocaleOffer locale={locale} customer={customer} />
    </>
  )
}
