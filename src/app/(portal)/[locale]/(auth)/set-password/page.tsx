import { SetPasswordPage } from '@/features/auth/auth-pages'
import type { TLocale } from '@/lib/i18n/locales'

type TProps = {
  params: Promise<{ locale: TLocale }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export default async function Page({ params, searchParams }: TProps) {
  const [{ locale }, search] = await Promise.all([params, searchParams])
  return <SetPasswordPage locale={locale} search={search} />
}
