import { DashboardPage } from '@/features/dashboard/dashboard-page'
import { pageTitle } from '@/lib/i18n/page-title'
import { pageLocale } from '@/lib/i18n/page-locale'
import { measuredPage } from '@/lib/metrics/measured-page'

type TProps = { params: Promise<{ locale: string }> }

export const generateMetadata = pageTitle('home')

// Feature pages are called rather than rendered as elements, so the render metric covers their
// data loading (src/lib/metrics/measured-page.ts).
export default measuredPage('/[locale]', async ({ params }: TProps) => {
  const locale = pageLocale(await params)
  return DashboardPage({ locale })
})
