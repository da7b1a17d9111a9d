import { getLocale, getTranslations } from 'next-intl/server'

import { Button } from '@/components/ui/button'
import { Wordmark } from '@/components/ui/wordmark'
import { getCurrentCustomer } from '@/lib/auth/current-customer'
import { Link } from '@/lib/i18n/navigation'
import { logger } from '@/lib/logger'

import { AppFooter } from './app-footer'
import { AppHeader } from './app-header'

/*
 * "Missing" and "not yours" look the same: nobody learns what exists.
 *
 * Next renders every not-found boundary of a route on each request, found or not (it sends the
 * boundary's content along in case a component calls notFound(); vercel/next.js#67532). So the
 * boundaries above a page hold no lookups and no header: the signed-in layout's own boundary
 * (`(app)/not-found.tsx`) sits inside that layout, which brings the header, and only unknown
 * paths (`[...rest]`) look up who is signed in to show the header themselves.
 */

async function customerOrNull() {
  try {
    return await getCurrentCustomer()
  } catch (err) {
    logger.warn({ err }, 'not-found page: session lookup failed')
    return null
  }
}

async function NotFoundBody({ wordmark }: { wordmark: boolean }) {
  const t = await getTranslations('Errors')
  return (
    <div className="max-w-lg text-center flex flex-col items-center gap-6">
      {wordmark && <Wordmark className="text-xs text-mist" />}
      <p className="eyebrow">404</p>
      <h1 className="font-display text-4xl sm:text-5xl font-light">{t('notFoundTitle')}</h1>
      <p className="text-mist">{t('notFoundBody')}</p>
      <Button variant="ghost" asChild>
        <Link href="/">{t('home')}</Link>
      </Button>
    </div>
  )
}

/** Without the shell and without a session lookup. */
export function BareNotFound() {
  return (
    <main id="main" className="min-h-dvh grid place-items-center px-6">
      <NotFoundBody wordmark />
    </main>
  )
}

/** Inside the signed-in layout, which already shows the header and footer. */
export function SignedInNotFound() {
  return (
    <div className="h-full grid place-items-center px-6 py-24">
      <NotFoundBody wordmark={false} />
    </div>
  )
}

/** Unknown paths: a signed-in customer keeps the header and navigation. */
export async function NotFoundView() {
  const [locale, customer] = await Promise.all([getLocale(), customerOrNull()])
  if (!customer) return <BareNotFound />
  return (
    <div className="min-h-dvh flex flex-col">
      <AppHeader locale={locale} name={customer.fullName ?? customer.firstName} />
      <main id="main" className="flex-1 grid place-items-center px-6 py-24">
        <NotFoundBody wordmark={false} />
      </main>
      <AppFooter />
    </div>
  )
}
