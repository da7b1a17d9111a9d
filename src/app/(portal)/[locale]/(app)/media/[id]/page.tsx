import { MediaItemPage } from '@/features/media/media-item-page'
import { pageLocale } from '@/lib/i18n/page-locale'
import { pageTitle } from '@/lib/i18n/page-title'
import { measuredPage } from '@/lib/metrics/measured-page'

type TProps = { params: Promise<{ locale: string; id: string }> }

export const generateMetadata = pageTitle('media')

export default measuredPage('/[locale]/media/[id]', async ({ params }: TProps) => {
  const p = await params
  return MediaItemPage({ locale: pageLocale(p), id: p.id })
})
