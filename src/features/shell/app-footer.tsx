import { getTranslations } from 'next-intl/server'

export async function AppFooter() {
  const t = await getTranslations('Common')
  return (
    <footer className="border-t border-line/70 mt-24">
      <div className="mx-auto max-w-7xl px-5 sm:px-8 py-10 flex flex-col sm:flex-row gap-3 justify-between text-xs text-smoke">
        <span>{t('footer')}</span>
        <span>{t('privacy')}</span>
      </div>
    </footer>
  )
}
