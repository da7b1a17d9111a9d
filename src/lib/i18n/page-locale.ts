import { notFound } from 'next/navigation'

import { isLocale, type TLocale } from './locales'

/**
 * The locale of a portal page, or the 404 page. The layout checks it too, but Next renders pages
 * and layouts in parallel, so a page must not trust `params.locale` on its own (an unknown locale
 * would otherwise reach Intl and crash the render).
 */
export function pageLocale(params: { locale: string }): TLocale {
  if (!isLocale(params.locale)) notFound()
  return params.locale
}
