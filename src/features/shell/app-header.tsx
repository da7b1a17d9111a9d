import { ShieldCheck } from 'lucide-react'
import { getTranslations } from 'next-intl/server'

import { Wordmark } from '@/components/ui/wordmark'
import { SignOutButton } from '@/features/auth/components/sign-out-button'
import { Link } from '@/lib/i18n/navigation'

import { LocaleSwitcher } from './components/locale-switcher'
import { HeaderActions } from './header-actions'

export async function AppHeader({ locale, name }: { locale: string; name: string }) {
  const t = await getTranslations('Common')
  const ts = await getTranslations('Security')
  return (
    <header className="sticky top-0 z-40 border-b border-line/70 bg-ink/85 backdrop-blur supports-[backdrop-filter]:bg-ink/70">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-3 bg-amber text-ink px-3 py-2 text-sm"
      >
        {t('skipToContent')}
      </a>
      <div className="mx-auto max-w-7xl flex items-center justify-between gap-4 px-5 sm:px-8 h-16">
        <Link href="/" className="text-ivory hover:text-amber transition-colors">
          <Wordmark className="text-xs sm:text-sm" />
        </Link>
        <div className="flex items-center gap-1 sm:gap-4">
          <span className="hidden md:inline text-sm text-mist" data-testid="customer-name">
            {name}
          </span>
          <Link
            href="/account/security"
            className="inline-flex items-center gap-2 px-2 py-2 text-xs tracking-[0.2em] uppercase text-mist hover:text-amber"
            data-testid="security-link"
          >
            <ShieldCheck size={14} aria-hidden="true" />
            <span className="hidden sm:inline">{ts('navLink')}</span>
            <span className="sm:hidden sr-only">{ts('navLink')}</span>
          </Link>
          <HeaderActions locale={locale} />
          <LocaleSwitcher />
          <SignOutButton locale={locale} label={t('signOut')} />
        </div>
      </div>
    </header>
  )
}
