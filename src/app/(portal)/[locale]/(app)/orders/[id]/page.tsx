import { OrderPage } from '@/features/orders/order-page'
import type { TLocale } from '@/lib/i18n/locales'

export default async function Page({
  params,
}: {
  params: Promise<{ locale: TLocale; id: string }>
}) {
  const { locale, id } = await params
  return <OrderPage locale={locale} id={id} />
}
