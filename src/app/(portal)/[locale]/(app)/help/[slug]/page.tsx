import { HelpArticlePage } from '@/features/help/help-article-page'
import { pageLocale } from '@/lib/i18n/page-locale'
import { measuredPage } from '@/lib/metrics/measured-page'

type TProps = { params: Promise<{ locale: string; slug: string }> }

export default measuredPage('/[locale]/help/[slug]', async ({ params }: TProps) => {
  const p = await params
  return HelpArticlePage({ locale: pageLocale(p), slug: p.slug })
})
