import { VerifyPage } from '@/features/auth/verify-page'
import { pageLocale } from '@/lib/i18n/page-locale'
import { measuredPage } from '@/lib/metrics/measured-page'

type TProps = { params: Promise<{ locale: string }> }

export default measuredPage('/[locale]/login/verify', async ({ params }: TProps) => {
  const locale = pageLocale(await params)
  return VerifyPage({ locale })
})
