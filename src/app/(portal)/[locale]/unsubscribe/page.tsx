import { UnsubscribePage } from '@/features/notifications/unsubscribe-page'
import { pageLocale } from '@/lib/i18n/page-locale'
import { measuredPage } from '@/lib/metrics/measured-page'
import { pageTitle } from '@/lib/i18n/page-title'

type TProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const generateMetadata = pageTitle('unsubscribe')

export default measuredPage('/[locale]/unsubscribe', async ({ params, searchParams }: TProps) => {
  const [p, search] = await Promise.all([params, searchParams])
  return UnsubscribePage({ locale: pageLocale(p), search })
})
