import { getTranslations } from 'next-intl/server'

import { Search } from '@/components/ui/icons'
import { requireCustomer } from '@/lib/auth/current-customer'
import { Link } from '@/lib/i18n/navigation'
import type { TLocale } from '@/lib/i18n/locales'
import { isMediaType, MEDIA_TYPES } from '@/lib/media/types'

import { MediaCard } from './components/media-card'
import { getMediaLibrary } from './queries'

const chip = (active: boolean) =>
  `inline-flex items-center px-4 py-2 text-xs tracking-[0.15em] uppercase border transition-colors ${
    active ? 'border-amber text-amber' : 'border-line text-mist hover:text-ivory hover:border-mist'
  }`

/** /[locale]/media: what the library holds for this customer, newest first. */
export async function MediaLibraryPage({
  locale,
  type,
  q,
}: {
  locale: TLocale
  type?: string
  q?: string
}) {
  const customer = await requireCustomer(locale)
  const t = await getTranslations('Media')
  const kind = isMediaType(type) ? type : undefined
  const query = q?.trim().slice(0, 100) ?? ''
  const library = await getMediaLibrary(customer, locale, { type: kind, q: query })
  const nothing = !library.featured && library.cards.length === 0
  return (
    <>
      <section className="border-b border-line/60 bg-gradient-to-b from-graphite/60 to-ink">
        <div className="mx-auto max-w-7xl px-5 sm:px-8 pt-14 pb-10 sm:pt-20 sm:pb-14">
          <p className="eyebrow mb-5">{t('eyebrow')}</p>
          <h1 className="text-4xl sm:text-5xl font-light tracking-tight">{t('title')}</h1>
          <p className="mt-5 text-mist max-w-2xl leading-relaxed">{t('intro')}</p>
          <p className="mt-3 text-sm text-amber" data-testid="media-new-count">
            {t('newCount', { count: library.newCount })}
          </p>
          <div className="mt-10 flex flex-col gap-6 lg:flex-row lg:items-center lg:justify-between">
            <nav aria-label={t('title')} className="flex flex-wrap gap-2">
              <Link href="/media" className={chip(!kind)} aria-current={!kind ? 'page' : undefined}>
                {t('all')}
              </Link>
              {MEDIA_TYPES.map((m) => (
                <Link
                  key={m}
                  href={`/media?type=${m}`}
                  className={chip(kind === m)}
                  aria-current={kind === m ? 'page' : undefined}
                >
                  {t(`types.${m}`)}
                </Link>
              ))}
            </nav>
            <form
              role="search"
              action=""
              className="flex w-full lg:w-80 border border-line focus-within:border-amber"
            >
              {kind && <input type="hidden" name="type" value={kind} />}
              <label htmlFor="media-q" className="sr-only">
                {t('search')}
              </label>
              <input
                id="media-q"
                name="q"
                type="search"
                defaultValue={query}
                maxLength={100}
                placeholder={t('search')}
                className="min-w-0 flex-1 bg-transparent px-4 py-3 text-sm text-ivory placeholder:text-smoke outline-none"
              />
              <button
                type="submit"
                className="px-4 text-mist hover:text-amber"
                aria-label={t('searchButton')}
              >
                <Search size={16} aria-hidden="true" />
              </button>
            </form>
          </div>
        </div>
      </section>

      <div className="mx-auto max-w-7xl px-5 sm:px-8 py-12 sm:py-16 flex flex-col gap-16">
        {library.continueWatching.length > 0 && !kind && !query && (
          <section aria-labelledby="media-continue">
            <h2 id="media-continue" className="eyebrow mb-6">
              {t('continue')}
            </h2>
            <div
              className="grid gap-px bg-line border border-line sm:grid-cols-2 lg:grid-cols-3"
              data-testid="media-continue"
            >
              {library.continueWatching.slice(0, 3).map((item) => (
                <MediaCard key={item.id} item={item} locale={locale} />
              ))}
            </div>
          </section>
        )}

        {library.featured && (
          <section aria-labelledby="media-featured">
            <h2 id="media-featured" className="eyebrow mb-6">
              {t('featured')}
            </h2>
            <div className="border border-line" data-testid="media-featured">
              <MediaCard item={library.featured} locale={locale} large />
            </div>
          </section>
        )}

        <section aria-labelledby="media-latest">
          <h2 id="media-latest" className="eyebrow mb-6">
            {kind ? t(`types.${kind}`) : t('latest')}
          </h2>
          {nothing ? (
            <div className="border border-line p-8 text-mist flex flex-col gap-4 items-start">
              <p>{query ? t('noResults', { q: query }) : t('empty')}</p>
              {(query || kind) && (
                <Link href="/media" className="text-amber underline underline-offset-4">
                  {t('clear')}
                </Link>
              )}
            </div>
          ) : (
            library.cards.length > 0 && (
              <div
                className="grid gap-px bg-line border border-line sm:grid-cols-2 lg:grid-cols-3"
                data-testid="media-grid"
              >
                {library.cards.map((item) => (
                  <MediaCard key={item.id} item={item} locale={locale} />
                ))}
              </div>
            )
          )}
        </section>
      </div>
    </>
  )
}
