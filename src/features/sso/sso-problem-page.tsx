import NextLink from 'next/link'
import { getTranslations } from 'next-intl/server'

import { Notice } from '@/components/ui/notice'
import { AuthShell } from '@/features/auth/components/auth-shell'
import { Link } from '@/lib/i18n/navigation'
import type { TLocale } from '@/lib/i18n/locales'

type TSearch = Record<string, string | string[] | undefined>
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)

const MESSAGES = {
  failed: 'failed',
  'not-linked': 'notLinked',
  'no-access': 'noAccess',
  busy: 'busy',
} as const

/**
 * Where a single sign-on that did not work ends: one calm sentence per kind of problem and the
 * way back. What exactly went wrong is in the audit log, never on the page.
 */
export async function SsoProblemPage({ locale, search }: { locale: TLocale; search: TSearch }) {
  const t = await getTranslations({ locale, namespace: 'Sso' })
  const reason = one(search.reason)
  const key = reason && reason in MESSAGES ? MESSAGES[reason as keyof typeof MESSAGES] : 'failed'
  const staff = one(search.for) === 'staff'
  return (
    <AuthShell title={t(key === 'noAccess' ? 'noAccessTitle' : 'problemTitle')}>
      <div className="flex flex-col gap-6" data-testid="sso-problem" data-reason={key}>
        <Notice tone="error">{t(key)}</Notice>
        {staff ? (
          // The back office is not a localised portal route.
          <NextLink
            href="/admin/login"
            prefetch={false}
            className="text-sm text-amber hover:underline underline-offset-4"
          >
            {t('backToAdmin')}
          </NextLink>
        ) : (
          <Link href="/login" className="text-sm text-amber hover:underline underline-offset-4">
            {t('backToSignIn')}
          </Link>
        )}
      </div>
    </AuthShell>
  )
}
