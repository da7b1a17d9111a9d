import { UpdatePreviewPage } from '@/features/timeline/preview-page'
import { pageLocale } from '@/lib/i18n/page-locale'
import { pageTitle } from '@/lib/i18n/page-title'

type TProps = { params: Promise<{ locale: string; id: string }> }

export const generateMetadata = pageTitle('preview')

export default async function Page({ params }: TProps) {
  const p = await params
  return UpdatePreviewPage({ locale: pageLocale(p), id: p.id })
}
