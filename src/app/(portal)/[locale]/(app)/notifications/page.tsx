import { NotificationsPage } from '@/features/notifications/notifications-page'
import { pageLocale } from '@/lib/i18n/page-locale'
import { measuredPage } from '@/lib/metrics/measured-page'
import { pageTitle } from '@/lib/i18n/page-title'

type TProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const generateMetadata = pageTitle('notifications')

export default measuredPage('/[locale]/notifications', async ({ params, searchParams }: TProps) => {
  const [p, search] = await Promise.all([params, searchParams])
  return NotificationsPage({ locale: pageLocale(p), search })
})
