import { getTranslations } from 'next-intl/server'

import { Button } from '@/components/ui/button'
import { confirmHref } from '@/lib/auth/step-up/confirm-href'

/** "Download my data": straight to the file after a fresh check, else via the confirm page. */
export async function DataExport({
  locale,
  state,
  highlight,
}: {
  locale: string
  state: 'ready' | 'confirm' | 'setup'
  highlight: boolean
}) {
  const t = await getTranslations('Security')
  return (
    <section aria-labelledby="export" className="flex flex-col gap-6">
      <h2 id="export" className="eyebrow">
        {t('exportTitle')}
      </h2>
      <p className="text-sm text-mist max-w-2xl">{t('exportIntro')}</p>
      {state === 'ready' && (
        <Button asChild variant={highlight ? 'primary' : 'ghost'} className="self-start">
          <a href="/api/account/export" download data-testid="export-download">
            {t('exportDownload')}
          </a>
        </Button>
      )}
      {state === 'confirm' && (
        <Button asChild variant="ghost" className="self-start">
          <a href={`/${locale}${confirmHref(`/${locale}/account/security?export=1`)}`}>
            {t('exportConfirm')}
          </a>
        </Button>
      )}
      {state === 'setup' && <p className="text-sm text-mist">{t('exportNeedsFactor')}</p>}
    </section>
  )
}
