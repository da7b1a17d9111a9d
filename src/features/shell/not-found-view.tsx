import { getTranslations } from 'next-intl/server'

import { Button } from '@/components/ui/button'
import { Wordmark } from '@/components/ui/wordmark'
import { Link } from '@/lib/i18n/navigation'

/** "Missing" and "not yours" look the same: nobody learns what exists. */
export async function NotFoundView() {
  const t = await getTranslations('Errors')
  return (
    <main id="main" className="min-h-dvh grid place-items-center px-6">
      <div className="max-w-lg text-center flex flex-col items-center gap-6">
        <Wordmark className="text-xs text-mist" />
        <p className="eyebrow">404</p>
        <h1 className="text-3xl sm:text-4xl font-light">{t('notFoundTitle')}</h1>
        <p className="text-mist">{t('notFoundBody')}</p>
        <Button variant="ghost" asChild>
          <Link href="/">{t('home')}</Link>
        </Button>
      </div>
    </main>
  )
}
