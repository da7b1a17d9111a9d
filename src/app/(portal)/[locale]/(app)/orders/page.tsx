import { OrdersPage } from '@/features/orders/orders-page'
import { pageTitle } from '@/lib/i18n/page-title'
import { pageLocale } from '@/lib/i18n/page-locale'
import { measuredPage } from '@/lib/metrics/measured-page'

type TProps = { params: Promise<{ locale: string }> }

export const generateMetadata = pageTitle('orders')

export default measuredPage('/[locale]/orders', async ({ params }: TProps) => {
  const locale = pageLocale(await params)
  return OrdersPage({ locale })
})
