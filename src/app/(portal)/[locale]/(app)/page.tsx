import { DashboardPage } from '@/features/dashboard/dashboard-page'
import type { TLocale } from '@/lib/i18n/locales'
import { measuredPage } from '@/lib/metrics/measured-page'

type TProps = { params: Promise<{ locale: TLocale }> }

// Feature pages are called rather than rendered as elements, so the render metric covers their
// data loading (src/lib/metrics/measured-page.ts).
export default measuredPage('/[locale]', async ({ params }: TProps) => {
  const { locale } = await params
  return DashboardPage({ locale })
})
