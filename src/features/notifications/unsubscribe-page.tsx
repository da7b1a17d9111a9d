import { getTranslations } from 'next-intl/server'

import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/notice'
import { AuthShell } from '@/features/auth/components/auth-shell'
import { Link } from '@/lib/i18n/navigation'
import type { TLocale } from '@/lib/i18n/locales'
import { applyUnsubscribe } from '@/lib/notify/unsubscribe'
import { getPayload } from '@/payload/get-payload'

import { unsubscribeAction } from './unsubscribe-actions'

type TSearch = Record<string, string | string[] | undefined>
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)

/**
 * Where the unsubscribe link in a mail's footer lands. Opening it changes nothing (mail scanners
 * follow links); the button does, for the types the link names only.
 */
export async function UnsubscribePage({ locale, search }: { locale: TLocale; search: TSearch }) {
  const t = await getTranslations('Unsubscribe')
  const tn = await getTranslations('Notifications.types')
  const token = one(search.token) ?? ''
  const look = await applyUnsubscribe({ payload: await getPayload(), token, dryRun: true })
  const preferences = (
    <Link href="/account/preferences" className="text-sm text-mist hover:text-amber underline">
      {t('preferences')}
    </Link>
  )
  if (look.state === 'invalid') {
    return (
      <AuthShell title={t('title')}>
        <div className="flex flex-col gap-6">
          <Notice tone="error">{t('invalid')}</Notice>
          {preferences}
        </div>
      </AuthShell>
    )
  }
  const types = look.types.map((type) => tn(type)).join(', ')
  const done = one(search.done) === '1'
  return (
    <AuthShell title={t('title')}>
      <div className="flex flex-col gap-6" data-testid="unsubscribe">
        {done ? (
          <Notice tone="success">{t('done', { types })}</Notice>
        ) : look.state === 'already' ? (
          <Notice>{t('already', { types })}</Notice>
        ) : (
          <form action={unsubscribeAction} className="flex flex-col gap-6">
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="token" value={token} />
            <p className="text-ivory">{t('confirm', { types })}</p>
            <p className="text-sm text-mist">{t('explain')}</p>
            <div>
              <Button type="submit" data-testid="confirm-unsubscribe">
                {t('button')}
              </Button>
            </div>
          </form>
        )}
        {preferences}
      </div>
    </AuthShell>
  )
}
