import { RichText } from '@payloadcms/richtext-lexical/react'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { ArrowLeft, ArrowRight } from '@/components/ui/icons'
import { requireCustomer } from '@/lib/auth/current-customer'
import { Link } from '@/lib/i18n/navigation'
import type { TLocale } from '@/lib/i18n/locales'
import { formatDate } from '@/lib/orders/format'
import { PROSE } from '@/components/prose'

import { AskManager } from './components/ask-manager'
import { helpfulVoteTexts } from './components/help-texts'
import { HelpfulVote } from './components/helpful-vote'
import { getHelpArticle } from './queries'

export async function HelpArticlePage({ locale, slug }: { locale: TLocale; slug: string }) {
  const customer = await requireCustomer(locale)
  const article = await getHelpArticle(customer, slug, locale)
  if (!article) notFound()
  const t = await getTranslations('Help')
  return (
    <article className="mx-auto max-w-7xl px-5 sm:px-8 py-10 sm:py-16 grid gap-12 lg:grid-cols-[minmax(0,46rem)_22rem] lg:justify-between">
      <div className="min-w-0">
        <Link
          href="/help"
          className="inline-flex items-center gap-2 text-xs tracking-[0.2em] uppercase text-mist hover:text-amber mb-10"
        >
          <ArrowLeft size={14} aria-hidden="true" /> {t('back')}
        </Link>
        {article.category && <p className="eyebrow mb-4">{article.category.title}</p>}
        <h1 className="text-3xl sm:text-5xl font-light tracking-tight text-balance">
          {article.title}
        </h1>
        {article.summary && (
          <p className="mt-6 text-lg text-mist leading-relaxed">{article.summary}</p>
        )}
        <div className="mt-10 h-px w-16 bg-amber/60" aria-hidden="true" />
        {article.body && (
          <div className={`mt-10 ${PROSE}`} data-testid="help-article-body">
            <RichText data={article.body} disableContainer />
          </div>
        )}
        <p className="mt-10 text-xs text-smoke">
          {t('updated', { date: formatDate(locale, article.updatedAt) })}
        </p>
        <div className="mt-10 border-t border-line pt-8">
          <HelpfulVote
            locale={locale}
            article={article.id}
            initial={article.helpful}
            texts={await helpfulVoteTexts()}
          />
        </div>
      </div>
      <aside className="flex flex-col gap-8 min-w-0">
        {article.related.length > 0 && (
          <section aria-labelledby="related" className="border border-line p-6 sm:p-8">
            <h2 id="related" className="eyebrow mb-5">
              {t('related')}
            </h2>
            <ul className="flex flex-col" data-testid="help-related">
              {article.related.map((r) => (
                <li key={r.id} className="border-t border-line/70 first:border-t-0">
                  <Link
                    href={`/help/${r.slug}`}
                    className="group flex items-start justify-between gap-4 py-3 text-sm text-ivory hover:text-amber"
                  >
                    <span>{r.title}</span>
                    <ArrowRight size={14} aria-hidden="true" className="mt-1 shrink-0" />
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        )}
        <AskManager manager={article.manager} articleSlug={article.slug ?? undefined} />
      </aside>
    </article>
  )
}
