import { DashboardPage } from '@/features/dashboard/dashboard-page'
import type { TLocale } from '@/lib/i18n/locales'

export default async function Page({ params }: { params: Promise<{ locale: TLocale }> }) {
  const { locale } = await params
  return <DashboardPage locale={locale} />
}
