import { OrderPage } from '@/features/orders/order-page'
import { orderTitle } from '@/features/orders/order-title'
import { pageLocale } from '@/lib/i18n/page-locale'
import { measuredPage } from '@/lib/metrics/measured-page'

type TProps = { params: Promise<{ locale: string; id: string }> }

export const generateMetadata = orderTitle

export default measuredPage('/[locale]/orders/[id]', async ({ params }: TProps) => {
  const p = await params
  return OrderPage({ locale: pageLocale(p), id: p.id })
})
