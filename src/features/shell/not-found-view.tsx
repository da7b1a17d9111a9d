import { getLocale, getTranslations } from 'next-intl/server'

import { Button } from '@/components/ui/button'
import { Wordmark } from '@/components/ui/wordmark'
import { getCurrentCustomer } from '@/lib/auth/current-customer'
import { Link } from '@/lib/i18n/navigation'
import { logger } from '@/lib/logger'

import { AppFooter } from './app-footer'
import { AppHeader } from './app-header'

/** The signed-in customer, or null; a lookup that fails still shows the 404, only without header. */
async function customerOrNull() {
  try {
    return await getCurrentCustomer()
  } catch (err) {
    logger.warn({ err }, 'not-found page: session lookup failed')
    return null
  }
}

/**
 * "Missing" and "not yours" look the same: nobody learns what exists. A signed-in customer keeps
 * the header and navigation (the 404 boundary sits above the signed-in layout, so it brings them).
 */
export async function NotFoundView() {
  const [t, locale, customer] = await Promise.all([
    getTranslations('Errors'),
    getLocale(),
    customerOrNull(),
  ])
  const body = (
    <div className="max-w-lg text-center flex flex-col items-center gap-6">
      {!customer && <Wordmark className="text-xs text-mist" />}
      <p className="eyebrow">404</p>
      <h1 className="font-display text-4xl sm:text-5xl font-light">{t('notFoundTitle')}</h1>
      <p className="text-mist">{t('notFoundBody')}</p>
      <Button variant="ghost" asChild>
        <Link href="/">{t('home')}</Link>
      </Button>
    </div>
  )
  if (!customer)
    return (
      <main id="main" className="min-h-dvh grid place-items-center px-6">
        {body}
      </main>
    )
  return (
    <div className="min-h-dvh flex flex-col">
      <AppHeader locale={locale} name={customer.fullName ?? customer.firstName} />
      <main id="main" className="flex-1 grid place-items-center px-6 py-24">
        {body}
      </main>
      <AppFooter />
    </div>
  )
}
