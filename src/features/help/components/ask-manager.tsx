import { getTranslations } from 'next-intl/server'

import { MessageCircle } from '@/components/ui/icons'
import { Link } from '@/lib/i18n/navigation'

/**
 * "Ask my account manager": opens the customer's conversation; from an article, with the article
 * named at the start of the message (the composer's first draft).
 */
export async function AskManager({
  manager,
  articleSlug,
}: {
  manager: { name?: string | null } | null
  articleSlug?: string
}) {
  const t = await getTranslations('Help')
  const href = articleSlug ? `/messages?article=${encodeURIComponent(articleSlug)}` : '/messages'
  return (
    <section aria-labelledby="ask-manager" className="border border-line p-6 sm:p-8 bg-graphite/40">
      <h2 id="ask-manager" className="eyebrow mb-4">
        {t('askTitle')}
      </h2>
      <p className="text-sm text-mist leading-relaxed mb-6">
        {manager?.name ? t('askBody', { name: manager.name }) : t('noManager')}
      </p>
      <Link
        href={href}
        className="inline-flex items-center gap-2 border border-line px-5 py-3 text-xs tracking-[0.2em] uppercase text-ivory hover:border-amber hover:text-amber transition-colors"
        data-testid="ask-manager"
      >
        <MessageCircle size={14} aria-hidden="true" /> {t('askButton')}
      </Link>
    </section>
  )
}
