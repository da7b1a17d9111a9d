import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import { Link } from '@/lib/i18n/navigation'

export default async function AccountLayout({ children }: { children: ReactNode }) {
  const ts = await getTranslations('Security')
  const tp = await getTranslations('Preferences')
  const link = 'text-xs tracking-[0.2em] uppercase text-mist hover:text-amber py-2'
  return (
    <>
      <nav
        className="mx-auto max-w-4xl px-5 sm:px-8 pt-8 flex gap-6"
        aria-label={ts('eyebrow')}
        data-testid="account-nav"
      >
        <Link href="/account/security" className={link}>
          {ts('title')}
        </Link>
        <Link href="/account/preferences" className={link} data-testid="preferences-link">
          {tp('link')}
        </Link>
      </nav>
      {children}
    </>
  )
}
