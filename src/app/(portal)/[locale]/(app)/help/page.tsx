import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { HelpIndexPage } from '@/features/help/help-index-page'
import { pageLocale } from '@/lib/i18n/page-locale'
import { measuredPage } from '@/lib/metrics/measured-page'

type TProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ q?: string | string[] }>
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale(await params), namespace: 'Help' })
  return { title: t('metaTitle') }
}

export default measuredPage('/[locale]/help', async ({ params, searchParams }: TProps) => {
  const locale = pageLocale(await params)
  const { q } = await searchParams
  return HelpIndexPage({ locale, q: typeof q === 'string' ? q : '' })
})
