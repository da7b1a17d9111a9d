import { ForgotPasswordPage } from '@/features/auth/auth-pages'
import { pageTitle } from '@/lib/i18n/page-title'
import { pageLocale } from '@/lib/i18n/page-locale'
import { measuredPage } from '@/lib/metrics/measured-page'

type TProps = { params: Promise<{ locale: string }> }

export const generateMetadata = pageTitle('forgot')

export default measuredPage('/[locale]/forgot-password', async ({ params }: TProps) => {
  const locale = pageLocale(await params)
  return ForgotPasswordPage({ locale })
})
