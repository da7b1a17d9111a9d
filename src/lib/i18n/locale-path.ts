import { isLocale } from './locales'

/** A path inside the portal with the locale in front (`localePrefix: 'always'`). */
export function localizedHref(locale: string, href: string): string {
  // Other origins, mail links, fragments and relative paths stay as they are.
  if (!href.startsWith('/') || href.startsWith('//')) return href
  const rest = href === '/' || /^\/[?#]/.test(href) ? href.slice(1) : href
  return `/${locale}${rest}`
}

/** The path without its locale segment (`/en/orders/1` → `/orders/1`, `/en` → `/`). */
export function withoutLocale(pathname: string): string {
  const [, first, ...rest] = pathname.split('/')
  if (!isLocale(first)) return pathname
  return `/${rest.join('/')}`
}

/** The same page in another language: the first segment swapped (or added). */
export function switchLocale(pathname: string, locale: string): string {
  return localizedHref(locale, withoutLocale(pathname))
}
