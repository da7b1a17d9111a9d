import { ForgotPasswordPage } from '@/features/auth/auth-pages'
import type { TLocale } from '@/lib/i18n/locales'
import { measuredPage } from '@/lib/metrics/measured-page'

type TProps = { params: Promise<{ locale: TLocale }> }

export default measuredPage('/[locale]/forgot-password', async ({ params }: TProps) => {
  const { locale } = await params
  return ForgotPasswordPage({ locale })
})
