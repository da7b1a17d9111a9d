import { ConfirmPage } from '@/features/security/confirm-page'
import { pageTitle } from '@/lib/i18n/page-title'
import { pageLocale } from '@/lib/i18n/page-locale'
import { measuredPage } from '@/lib/metrics/measured-page'

type TProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const generateMetadata = pageTitle('confirm')

export default measuredPage(
  '/[locale]/account/confirm',
  async ({ params, searchParams }: TProps) => {
    const [p, search] = await Promise.all([params, searchParams])
    const locale = pageLocale(p)
    return ConfirmPage({ locale, search })
  },
)
