import { OrderPage } from '@/features/orders/order-page'
import type { TLocale } from '@/lib/i18n/locales'
import { measuredPage } from '@/lib/metrics/measured-page'

type TProps = { params: Promise<{ locale: TLocale; id: string }> }

export default measuredPage('/[locale]/orders/[id]', async ({ params }: TProps) => {
  const { locale, id } = await params
  return OrderPage({ locale, id })
})
