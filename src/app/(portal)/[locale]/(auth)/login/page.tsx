import { LoginPage } from '@/features/auth/auth-pages'
import type { TLocale } from '@/lib/i18n/locales'
import { measuredPage } from '@/lib/metrics/measured-page'

type TProps = {
  params: Promise<{ locale: TLocale }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export default measuredPage('/[locale]/login', async ({ params, searchParams }: TProps) => {
  const [{ locale }, search] = await Promise.all([params, searchParams])
  return LoginPage({ locale, search })
})
