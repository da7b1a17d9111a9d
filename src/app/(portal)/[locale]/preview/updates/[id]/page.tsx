import { UpdatePreviewPage } from '@/features/timeline/preview-page'
import { pageLocale } from '@/lib/i18n/page-locale'

type TProps = { params: Promise<{ locale: string; id: string }> }

export default async function Page({ params }: TProps) {
  const p = await params
  return UpdatePreviewPage({ locale: pageLocale(p), id: p.id })
}
