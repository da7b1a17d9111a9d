import { PreferencesPage } from '@/features/preferences/preferences-page'
import { pageLocale } from '@/lib/i18n/page-locale'
import { measuredPage } from '@/lib/metrics/measured-page'
import { pageTitle } from '@/lib/i18n/page-title'

type TProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const generateMetadata = pageTitle('preferences')

export default measuredPage(
  '/[locale]/account/preferences',
  async ({ params, searchParams }: TProps) => {
    const [p, search] = await Promise.all([params, searchParams])
    return PreferencesPage({ locale: pageLocale(p), search })
  },
)
