'use client'

import { Link, usePathname } from '@/lib/i18n/link'
import { UnreadBadge } from '@/features/messages/components/unread-badge'

import { isCurrentSection, type TNavLink } from '../nav-items'

/**
 * The section links, with the current one marked (aria-current and an amber rule). A client
 * component only because the header stays mounted while pages change: it reads the path itself.
 */
export function NavLinks({ items, layout }: { items: TNavLink[]; layout: 'bar' | 'sheet' }) {
  const pathname = usePathname()
  return (
    <ul className={layout === 'bar' ? 'flex items-center' : 'flex flex-col py-2'}>
      {items.map((item) => {
        const current = isCurrentSection(item, pathname)
        return (
          <li key={item.key}>
            <Link
              href={item.href}
              aria-current={current ? 'page' : undefined}
              data-testid={layout === 'bar' ? `nav-${item.key}` : undefined}
              className={
                layout === 'bar'
                  ? `relative inline-flex items-center h-16 px-2.5 text-[0.7rem] tracking-[0.14em] uppercase whitespace-nowrap transition-colors after:absolute after:inset-x-2.5 after:bottom-0 after:h-px ${current ? 'text-ivory after:bg-amber' : 'text-mist hover:text-ivory after:bg-transparent'}`
                  : `flex items-center justify-between px-5 py-4 font-display text-2xl border-l-2 ${current ? 'border-amber text-ivory bg-carbon/60' : 'border-transparent text-mist hover:text-ivory hover:bg-carbon/40'}`
              }
            >
              <span>
                {item.label}
                {item.badge && (
                  <UnreadBadge
                    initial={item.badge.count}
                    label={item.badge.label}
                    liveFrom={item.badge.liveFrom}
                  />
                )}
              </span>
            </Link>
          </li>
        )
      })}
    </ul>
  )
}
