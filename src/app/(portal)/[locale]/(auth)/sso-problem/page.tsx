import { SsoProblemPage } from '@/features/sso/sso-problem-page'
import { pageTitle } from '@/lib/i18n/page-title'
import { pageLocale } from '@/lib/i18n/page-locale'
import { measuredPage } from '@/lib/metrics/measured-page'

type TProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const generateMetadata = pageTitle('ssoProblem')

export default measuredPage('/[locale]/sso-problem', async ({ params, searchParams }: TProps) => {
  const [p, search] = await Promise.all([params, searchParams])
  return SsoProblemPage({ locale: pageLocale(p), search })
})
