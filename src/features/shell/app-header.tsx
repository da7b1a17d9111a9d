import { getTranslations } from 'next-intl/server'

import { Menu, X } from '@/components/ui/icons'
import { Wordmark } from '@/components/ui/wordmark'
import { SignOutButton } from '@/features/auth/components/sign-out-button'
import { unreadForHeader } from '@/features/messages/components/unread-count'
import { Link } from '@/lib/i18n/navigation'

import { LocaleSwitcher } from './components/locale-switcher'
import { NavLinks } from './components/nav-links'
import { PhoneMenu } from './components/phone-menu'
import { HeaderActions } from './header-actions'
import { NAV_ITEMS, type TNavLink } from './nav-items'

/** The signed-in header: brand, the portal's sections, feature actions, language, sign-out. */
export async function AppHeader({ locale, name }: { locale: string; name: string }) {
  const t = await getTranslations('Common')
  const ts = await getTranslations('Shell')
  const unread = await unreadForHeader()
  const items: TNavLink[] = NAV_ITEMS.map((item) => ({
    ...item,
    label: ts(`nav.${item.key}`),
    ...(item.key === 'messages' && unread
      ? { badge: { count: unread.count, label: unread.label, liveFrom: unread.liveFrom } }
      : {}),
  }))
  return (
    <header className="sticky top-0 z-40 border-b border-line/70 bg-ink/85 backdrop-blur supports-[backdrop-filter]:bg-ink/70">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-3 bg-amber text-ink px-3 py-2 text-sm"
      >
        {t('skipToContent')}
      </a>
      <div className="mx-auto max-w-7xl flex items-center justify-between gap-4 px-5 sm:px-8 h-16">
        <div className="flex items-center gap-6 xl:gap-8 min-w-0">
          <Link
            href="/"
            className="text-ivory hover:text-amber transition-colors shrink-0"
            aria-label={ts('homeLink')}
          >
            <Wordmark className="text-xs sm:text-sm" />
          </Link>
          <nav aria-label={ts('navLabel')} className="hidden xl:block" data-testid="main-nav">
            <NavLinks items={items} layout="bar" />
          </nav>
        </div>
        <div className="flex items-center gap-1 sm:gap-3">
          <span
            className="hidden 2xl:inline text-sm text-mist truncate max-w-48"
            data-testid="customer-name"
          >
            {name}
          </span>
          <HeaderActions locale={locale} />
          <LocaleSwitcher />
          <SignOutButton locale={locale} label={t('signOut')} />
          <PhoneMenu
            label={ts('menu')}
            icons={{
              open: <Menu size={16} aria-hidden="true" />,
              close: <X size={16} aria-hidden="true" />,
            }}
          >
            <nav aria-label={ts('navLabel')}>
              <NavLinks items={items} layout="sheet" />
            </nav>
            <p className="px-5 pb-5 pt-2 text-sm text-smoke border-t border-line/60">{name}</p>
          </PhoneMenu>
        </div>
      </div>
    </header>
  )
}
