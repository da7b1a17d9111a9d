import { getFormatter, getTranslations } from 'next-intl/server'

import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/notice'
import { TIME_ZONES } from '@/fields/notification-preferences'
import { requireCustomer } from '@/lib/auth/current-customer'
import { LOCALE_NAMES, LOCALES, type TLocale } from '@/lib/i18n/locales'
import { DIGEST_MODES, NOTIFICATION_TYPES } from '@/lib/notify/types'

import { savePreferencesAction } from './actions'

type TSearch = Record<string, string | string[] | undefined>

const fieldset = 'flex flex-col gap-4 border-t border-line pt-8'
const legend = 'eyebrow mb-2'

/** The customer's say over how they are told things (a form that works without JavaScript). */
export async function PreferencesPage({ locale, search }: { locale: TLocale; search: TSearch }) {
  const customer = await requireCustomer(locale)
  const t = await getTranslations('Preferences')
  const tn = await getTranslations('Notifications.types')
  const format = await getFormatter()
  const off = new Set(customer.emailOff ?? [])
  const digest = customer.notificationDigest ?? 'immediately'
  const timeZone = customer.timeZone || 'Europe/Amsterdam'
  const consentAt = customer.marketingConsentAt
    ? format.dateTime(new Date(customer.marketingConsentAt), {
        dateStyle: 'long',
        timeStyle: 'short',
        timeZone,
      })
    : null

  return (
    <div className="mx-auto max-w-3xl px-5 sm:px-8 py-12 sm:py-16 flex flex-col gap-10">
      <header className="flex flex-col gap-4">
        <p className="eyebrow">{t('eyebrow')}</p>
        <h1 className="text-3xl sm:text-4xl font-light tracking-tight">{t('title')}</h1>
        <p className="text-mist leading-relaxed">{t('intro')}</p>
        {search.saved && <Notice tone="success">{t('saved')}</Notice>}
        {search.error && <Notice tone="error">{t('invalid')}</Notice>}
      </header>

      <form
        action={savePreferencesAction}
        className="flex flex-col gap-10"
        data-testid="preferences"
      >
        <input type="hidden" name="locale" value={locale} />

        <fieldset className={fieldset}>
          <legend className={legend}>{t('emailTitle')}</legend>
          <p className="text-sm text-mist">{t('emailHint')}</p>
          {NOTIFICATION_TYPES.map((type) => (
            <label key={type} className="flex items-center gap-3 text-ivory">
              <input
                type="checkbox"
                name={`email-${type}`}
                defaultChecked={!off.has(type)}
                className="accent-amber size-4"
              />
              {tn(type)}
            </label>
          ))}
        </fieldset>

        <fieldset className={fieldset}>
          <legend className={legend}>{t('digestTitle')}</legend>
          {DIGEST_MODES.map((mode) => (
            <label key={mode} className="flex items-center gap-3 text-ivory">
              <input
                type="radio"
                name="digest"
                value={mode}
                defaultChecked={digest === mode}
                className="accent-amber size-4"
              />
              {t(`digest.${mode}`)}
            </label>
          ))}
        </fieldset>

        <fieldset className={fieldset}>
          <legend className={legend}>{t('languageTitle')}</legend>
          <label className="flex flex-col gap-2 text-sm text-mist">
            {t('languageHint')}
            <select
              name="preferredLocale"
              defaultValue={customer.preferredLocale ?? locale}
              className="bg-carbon border border-line text-ivory px-3 py-2 max-w-xs"
              data-testid="preferred-locale"
            >
              {LOCALES.map((l) => (
                <option key={l} value={l}>
                  {LOCALE_NAMES[l]}
                </option>
              ))}
            </select>
          </label>
        </fieldset>

        <fieldset className={fieldset}>
          <legend className={legend}>{t('timeZoneTitle')}</legend>
          <label className="flex flex-col gap-2 text-sm text-mist">
            {t('timeZoneHint')}
            <select
              name="timeZone"
              defaultValue={timeZone}
              className="bg-carbon border border-line text-ivory px-3 py-2 max-w-xs"
            >
              {TIME_ZONES.map((tz) => (
                <option key={tz} value={tz}>
                  {tz.replaceAll('_', ' ')}
                </option>
              ))}
            </select>
          </label>
        </fieldset>

        <fieldset className={fieldset}>
          <legend className={legend}>{t('marketingTitle')}</legend>
          <label className="flex items-center gap-3 text-ivory">
            <input
              type="checkbox"
              name="marketing"
              defaultChecked={Boolean(customer.marketingConsent)}
              className="accent-amber size-4"
            />
            {t('marketingLabel')}
          </label>
          {consentAt && (
            <p className="text-xs text-smoke" data-testid="consent-at">
              {customer.marketingConsent
                ? t('marketingGiven', { date: consentAt })
                : t('marketingWithdrawn', { date: consentAt })}
            </p>
          )}
        </fieldset>

        <div>
          <Button type="submit" data-testid="save-preferences">
            {t('save')}
          </Button>
        </div>
      </form>
    </div>
  )
}
