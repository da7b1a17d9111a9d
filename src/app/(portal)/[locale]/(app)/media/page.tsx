import { MediaLibraryPage } from '@/features/media/media-library-page'
import { pageLocale } from '@/lib/i18n/page-locale'
import { pageTitle } from '@/lib/i18n/page-title'
import { measuredPage } from '@/lib/metrics/measured-page'

type TProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ type?: string | string[]; q?: string | string[] }>
}

export const generateMetadata = pageTitle('media')

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined)

export default measuredPage('/[locale]/media', async ({ params, searchParams }: TProps) => {
  const [p, query] = await Promise.all([params, searchParams])
  return MediaLibraryPage({ locale: pageLocale(p), type: one(query.type), q: one(query.q) })
})
