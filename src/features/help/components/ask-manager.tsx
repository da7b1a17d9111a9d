import { Mail } from 'lucide-react'
import { getTranslations } from 'next-intl/server'

/**
 * "Ask my account manager". Messaging in the portal is not built yet: until it is, a mail to the
 * customer's own account manager with the article named in the subject.
 */
export async function AskManager({
  manager,
  articleTitle,
}: {
  manager: { name?: string | null; email?: string | null } | null
  articleTitle?: string
}) {
  const t = await getTranslations('Help')
  const subject = articleTitle ? t('askSubject', { title: articleTitle }) : t('askSubjectGeneral')
  return (
    <section aria-labelledby="ask-manager" className="border border-line p-6 sm:p-8 bg-graphite/40">
      <h2 id="ask-manager" className="eyebrow mb-4">
        {t('askTitle')}
      </h2>
      <p className="text-sm text-mist leading-relaxed mb-6">
        {manager?.name ? t('askBody', { name: manager.name }) : t('noManager')}
      </p>
      {manager?.email && (
        <a
          href={`mailto:${manager.email}?subject=${encodeURIComponent(subject)}`}
          className="inline-flex items-center gap-2 border border-line px-5 py-3 text-xs tracking-[0.2em] uppercase text-ivory hover:border-amber hover:text-amber transition-colors"
          data-testid="ask-manager"
        >
          <Mail size={14} aria-hidden="true" /> {t('askButton')}
        </a>
      )}
    </section>
  )
}
