import { getTranslations } from 'next-intl/server'
import { cookies, headers } from 'next/headers'

import type { TCustomerUser } from '@/access/user'
import { Button } from '@/components/ui/button'
import { isLocale, LOCALE_NAMES } from '@/lib/i18n/locales'

import { localeOfferAction } from '../actions'
import { OFFER_DECLINED_COOKIE } from '../offer-cookie'

/**
 * Shown when the customer reads the portal in another language than their preferred one (they
 * picked it in the language menu): offers to make it their preferred language, so mails follow.
 * "No, thanks" is remembered for that language.
 */
export async function LocaleOffer({
  locale,
  customer,
}: {
  locale: string
  customer: TCustomerUser
}) {
  if (!isLocale(locale) || customer.preferredLocale === locale) return null
  if ((await cookies()).get(OFFER_DECLINED_COOKIE)?.value === locale) return null
  const t = await getTranslations('Notifications.offer')
  const back = (await headers()).get('x-portal-path') ?? `/${locale}`
  return (
    // A small card under the header's right edge: it covers little of the page and goes away
    // with either answer.
    <div
      className="absolute right-5 sm:right-8 top-full mt-2 w-[min(24rem,calc(100vw-2.5rem))] border border-line bg-graphite shadow-2xl"
      data-testid="locale-offer"
      role="region"
      aria-live="polite"
    >
      <form action={localeOfferAction} className="p-4 flex flex-wrap items-center gap-3 text-sm">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="back" value={back} />
        <p className="text-ivory w-full">{t('question', { language: LOCALE_NAMES[locale] })}</p>
        <Button type="submit" name="choice" value="accept" variant="ghost">
          {t('accept')}
        </Button>
        <Button type="submit" name="choice" value="decline" variant="quiet">
          {t('decline')}
        </Button>
      </form>
    </div>
  )
}
