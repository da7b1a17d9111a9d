import { CarPage } from '@/features/orders/car-page'
import { carTitle } from '@/features/orders/order-title'
import { pageLocale } from '@/lib/i18n/page-locale'
import { measuredPage } from '@/lib/metrics/measured-page'

type TProps = { params: Promise<{ locale: string; id: string }> }

export const generateMetadata = carTitle

export default measuredPage('/[locale]/orders/[id]/car', async ({ params }: TProps) => {
  const p = await params
  return CarPage({ locale: pageLocale(p), id: p.id })
})
