/**
 * The portal's sections, in the order the header shows them. A capability that lands adds its
 * section here with one line (its label goes under `Shell.nav.<key>` in src/messages/*.json);
 * a section that has not landed is not listed, so customers never meet an empty page.
 * `section` is the path prefix that counts as being in it (`null`: only `href` itself).
 */
export const NAV_ITEMS = [
  { key: 'home', href: '/', section: null },
  { key: 'orders', href: '/orders', section: '/orders' },
  { key: 'documents', href: '/documents', section: '/documents' },
  { key: 'messages', href: '/messages', section: '/messages' },
  { key: 'media', href: '/media', section: '/media' },
  { key: 'events', href: '/events', section: '/events' },
  { key: 'help', href: '/help', section: '/help' },
  { key: 'account', href: '/account/security', section: '/account' },
] as const satisfies readonly { key: string; href: string; section: string | null }[]

export type TNavKey = (typeof NAV_ITEMS)[number]['key']

/** What the client links need: translated on the server, so no catalogue ships for them. */
export type TNavLink = {
  key: TNavKey
  href: string
  section: string | null
  label: string
  /** A live count beside the label (unread messages) and what it says to a screen reader. */
  badge?: { count: number; label: string; liveFrom: string }
}

/** Whether a section is the one the customer is in (`pathname` without the locale prefix). */
export function isCurrentSection(item: Pick<TNavLink, 'href' | 'section'>, pathname: string) {
  if (item.section === null) return pathname === item.href
  return pathname === item.section || pathname.startsWith(`${item.section}/`)
}
