import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { HelpArticlePage } from '@/features/help/help-article-page'
import { getHelpArticle } from '@/features/help/queries'
import { getCurrentCustomer } from '@/lib/auth/current-customer'
import { pageLocale } from '@/lib/i18n/page-locale'
import { measuredPage } from '@/lib/metrics/measured-page'

type TProps = { params: Promise<{ locale: string; slug: string }> }

/** The article's own title; one the customer may not read is named like the help centre. */
export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const p = await params
  const locale = pageLocale(p)
  const customer = await getCurrentCustomer()
  const article = customer ? await getHelpArticle(customer, p.slug, locale) : null
  if (article?.title) return { title: article.title }
  const t = await getTranslations({ locale, namespace: 'Help' })
  return { title: t('metaTitle') }
}

export default measuredPage('/[locale]/help/[slug]', async ({ params }: TProps) => {
  const p = await params
  return HelpArticlePage({ locale: pageLocale(p), slug: p.slug })
})
