import { getTranslations } from 'next-intl/server'

import { ArrowRight, LoaderCircle, Search, X } from '@/components/ui/icons'
import { requireCustomer } from '@/lib/auth/current-customer'
import { Link } from '@/lib/i18n/navigation'
import type { TLocale } from '@/lib/i18n/locales'
import { getPayload } from '@/payload/get-payload'

import { AskManager } from './components/ask-manager'
import { CategoryIcon } from './components/category-icon'
import { HelpSearch } from './components/help-search'
import { helpSearchTexts } from './components/help-texts'
import { getCustomerManager, getHelpIndex } from './queries'
import { searchHelp } from './search/search-help'

export async function HelpIndexPage({ locale, q }: { locale: TLocale; q: string }) {
  const customer = await requireCustomer(locale)
  const t = await getTranslations('Help')
  const query = q.trim().slice(0, 200)
  const [categories, manager, initial] = await Promise.all([
    getHelpIndex(customer, locale),
    getCustomerManager(customer),
    query
      ? searchHelp({ payload: await getPayload(), user: customer, locale, query })
      : Promise.resolve(null),
  ])
  return (
    <>
      <section className="border-b border-line/60 bg-gradient-to-b from-graphite/60 to-ink">
        <div className="mx-auto max-w-4xl px-5 sm:px-8 pt-14 pb-12 sm:pt-20 sm:pb-16">
          <p className="eyebrow mb-5">{t('eyebrow')}</p>
          <h1 className="text-4xl sm:text-5xl font-light tracking-tight">{t('title')}</h1>
          <p className="mt-5 text-mist max-w-xl leading-relaxed">{t('intro')}</p>
          <div className="mt-10">
            <HelpSearch
              locale={locale}
              initialQuery={query}
              initialResult={initial}
              texts={await helpSearchTexts(locale)}
              icons={{
                search: (
                  <Search
                    size={20}
                    strokeWidth={1.25}
                    aria-hidden="true"
                    className="text-mist shrink-0"
                  />
                ),
                busy: (
                  <LoaderCircle size={18} aria-hidden="true" className="animate-spin text-mist" />
                ),
                clear: <X size={18} aria-hidden="true" />,
              }}
            />
          </div>
        </div>
      </section>
      <div className="mx-auto max-w-7xl px-5 sm:px-8 py-12 sm:py-16 grid gap-12 lg:grid-cols-[1fr_22rem]">
        <section aria-labelledby="help-topics" className="min-w-0">
          <h2 id="help-topics" className="eyebrow mb-8">
            {t('categories')}
          </h2>
          {categories.length === 0 ? (
            <p className="text-mist border border-line p-8">{t('empty')}</p>
          ) : (
            <div className="grid gap-px bg-line border border-line md:grid-cols-2">
              {categories.map((c) => (
                <section
                  key={c.id}
                  aria-labelledby={`cat-${c.slug}`}
                  className="bg-ink p-6 sm:p-8 flex flex-col gap-5"
                  data-testid="help-category"
                >
                  <div className="flex items-start gap-4">
                    <span className="grid place-items-center size-11 shrink-0 rounded-full border border-amber/40">
                      <CategoryIcon icon={c.icon} />
                    </span>
                    <div className="min-w-0">
                      <h3 id={`cat-${c.slug}`} className="text-xl font-light text-ivory">
                        {c.title}
                      </h3>
                      {c.description && (
                        <p className="mt-1 text-sm text-mist leading-relaxed">{c.description}</p>
                      )}
                    </div>
                  </div>
                  <ul className="flex flex-col">
                    {c.articles.map((a) => (
                      <li key={a.id} className="border-t border-line/70 first:border-t-0">
                        <Link
                          href={`/help/${a.slug}`}
                          className="group flex items-center justify-between gap-4 py-3 text-sm text-ivory hover:text-amber"
                        >
                          <span>{a.title}</span>
                          <ArrowRight
                            size={14}
                            aria-hidden="true"
                            className="shrink-0 text-smoke group-hover:text-amber transition-transform group-hover:translate-x-0.5"
                          />
                        </Link>
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </div>
          )}
        </section>
        <aside className="min-w-0">
          <AskManager manager={manager} />
        </aside>
      </div>
    </>
  )
}
