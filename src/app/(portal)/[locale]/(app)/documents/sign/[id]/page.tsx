import { SigningPage } from '@/features/esign/signing-page'
import { pageLocale } from '@/lib/i18n/page-locale'
import { measuredPage } from '@/lib/metrics/measured-page'
import { pageTitle } from '@/lib/i18n/page-title'

type TProps = { params: Promise<{ locale: string; id: string }> }

export const generateMetadata = pageTitle('sign')

export default measuredPage('/[locale]/documents/sign/[id]', async ({ params }: TProps) => {
  const p = await params
  return SigningPage({ locale: pageLocale(p), id: p.id })
})
