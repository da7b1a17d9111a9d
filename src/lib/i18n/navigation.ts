import { redirect as nextRedirect } from 'next/navigation'

import { localizedHref } from './locale-path'

// Links and the path hook (link.tsx). next-intl's createNavigation is not used: its Link and
// router read the locale from the client provider, so any page with a link would ship next-intl's
// message runtime; the `[locale]` segment says the locale already.
export { Link, usePathname } from './link'

/** Server-side redirect to a portal path in `locale` (`/login` → `/de/login`). */
export function redirect({ href, locale }: { href: string; locale: string }): never {
  return nextRedirect(localizedHref(locale, href))
}
