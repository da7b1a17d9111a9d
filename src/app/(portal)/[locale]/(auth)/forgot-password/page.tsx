import { ForgotPasswordPage } from '@/features/auth/auth-pages'
import type { TLocale } from '@/lib/i18n/locales'

export default async function Page({ params }: { params: Promise<{ locale: TLocale }> }) {
  const { locale } = await params
  return <ForgotPasswordPage locale={locale} />
}
