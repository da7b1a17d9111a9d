import { DocumentsPage } from '@/features/documents/documents-page'
import { pageLocale } from '@/lib/i18n/page-locale'
import { measuredPage } from '@/lib/metrics/measured-page'
import { pageTitle } from '@/lib/i18n/page-title'

type TProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const generateMetadata = pageTitle('documents')

export default measuredPage('/[locale]/documents', async ({ params, searchParams }: TProps) => {
  const [p, query] = await Promise.all([params, searchParams])
  return DocumentsPage({ locale: pageLocale(p), searchParams: query })
})
