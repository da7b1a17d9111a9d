import { getTranslations } from 'next-intl/server'

import { Search } from '@/components/ui/icons'
import { requireCustomer } from '@/lib/auth/current-customer'
import { Link } from '@/lib/i18n/navigation'
import type { TLocale } from '@/lib/i18n/locales'

import { DocumentCard } from './components/document-card'
import { documentsHref, formatMoney } from './format'
import { getDocumentsForCustomer, LIST_SIZE } from './queries'
import { ZDocumentsQuery } from './schema'

/**
 * /[locale]/documents: the customer's documents and invoices, grouped by type and car. Search,
 * filter and preview are plain links and a GET form, so the page ships no script of its own.
 */
export async function DocumentsPage(props: {
  locale: TLocale
  searchParams: Record<string, string | string[] | undefined>
}) {
  const { locale } = props
  const customer = await requireCustomer(locale)
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined
  const query = ZDocumentsQuery.parse({
    q: first(props.searchParams.q),
    status: first(props.searchParams.status),
    preview: first(props.searchParams.preview),
    group: first(props.searchParams.group),
  })
  const t = await getTranslations('Documents')
  const { groups, total, totalOpen } = await getDocumentsForCustomer({ customer, locale, query })
  const open = Object.entries(totalOpen)
  const filtered = Boolean(query.q || query.status)
  return (
    <div className="mx-auto max-w-5xl px-5 sm:px-8 py-12 sm:py-16 flex flex-col gap-10">
      <header className="flex flex-col gap-6 lg:flex-row lg:items-end lg:justify-between">
        <div>
          <p className="eyebrow mb-4">{t('eyebrow')}</p>
          <h1 className="text-4xl sm:text-5xl font-light tracking-tight">{t('title')}</h1>
          <p className="mt-4 text-mist max-w-xl leading-relaxed">{t('intro')}</p>
        </div>
        <div
          className="border border-line bg-graphite/40 px-6 py-5 min-w-56"
          data-testid="total-open"
        >
          <p className="text-[0.7rem] tracking-[0.2em] uppercase text-mist">{t('totalOpen')}</p>
          <p className="mt-2 text-2xl font-light text-ivory tabular-nums">
            {open.length === 0
              ? t('nothingOpen')
              : open.map(([currency, cents]) => formatMoney(locale, cents, currency)).join(' · ')}
          </p>
        </div>
      </header>

      <form
        method="get"
        role="search"
        className="flex flex-col gap-3 sm:flex-row sm:items-end border-y border-line py-5"
      >
        <label className="flex-1 flex flex-col gap-2">
          <span className="text-[0.7rem] tracking-[0.2em] uppercase text-mist">{t('search')}</span>
          <span className="relative">
            <Search
              size={16}
              aria-hidden="true"
              className="absolute left-3 top-1/2 -translate-y-1/2 text-smoke"
            />
            <input
              type="search"
              name="q"
              defaultValue={query.q}
              maxLength={100}
              className="w-full bg-carbon border border-line pl-10 pr-3 py-3 text-ivory placeholder:text-smoke focus:border-amber outline-none"
            />
          </span>
        </label>
        <label className="flex flex-col gap-2 sm:w-52">
          <span className="text-[0.7rem] tracking-[0.2em] uppercase text-mist">{t('status')}</span>
          <select
            name="status"
            defaultValue={query.status ?? ''}
            className="bg-carbon border border-line px-3 py-3 text-ivory focus:border-amber outline-none"
          >
            <option value="">{t('statusAll')}</option>
            <option value="open">{t('badge.open')}</option>
            <option value="overdue">{t('badge.overdue')}</option>
            <option value="paid">{t('badge.paid')}</option>
          </select>
        </label>
        <div className="flex gap-3 items-center">
          <button
            type="submit"
            className="bg-amber text-ink hover:bg-amber-bright px-6 py-3.5 text-xs tracking-[0.2em] uppercase"
          >
            {t('apply')}
          </button>
          {filtered && (
            <Link
              href="/documents"
              className="text-sm text-mist hover:text-amber underline-offset-4 hover:underline"
            >
              {t('reset')}
            </Link>
          )}
        </div>
      </form>

      {total === 0 ? (
        <p className="text-mist border border-line p-8">
          {filtered ? t('noMatches') : t('noDocuments')}
        </p>
      ) : (
        groups.map((g) => (
          <section
            key={g.typeId}
            aria-labelledby={`type-${g.typeId}`}
            className="flex flex-col gap-6"
            data-testid="document-group"
          >
            <h2 id={`type-${g.typeId}`} className="eyebrow">
              {g.typeName}
            </h2>
            {g.cars.map((car) => (
              <div
                key={car.key}
                id={`list-${car.key}`}
                className="flex flex-col gap-4 scroll-mt-24"
                data-testid="document-list"
              >
                <h3 className="text-xs tracking-[0.2em] uppercase text-smoke">
                  {car.label ?? t('general')}
                </h3>
                <ul className="flex flex-col gap-4">
                  {car.items.map((item) => (
                    <DocumentCard key={item.id} item={item} locale={locale} query={query} />
                  ))}
                </ul>
                {car.items.length < car.total ? (
                  <ListLink
                    href={`${documentsHref({ q: query.q, status: query.status, group: car.key })}#list-${car.key}`}
                    label={t('showAll', { count: car.total })}
                    context={`${g.typeName} · ${car.label ?? t('general')}`}
                    testId="show-all"
                  />
                ) : (
                  query.group === car.key &&
                  car.total > LIST_SIZE && (
                    <ListLink
                      href={`${documentsHref({ q: query.q, status: query.status })}#list-${car.key}`}
                      label={t('showFewer')}
                      context={`${g.typeName} · ${car.label ?? t('general')}`}
                      testId="show-fewer"
                    />
                  )
                )}
              </div>
            ))}
          </section>
        ))
      )}
    </div>
  )
}

/** "Show all 80" under a cut list (or "Show fewer" under a full one), naming its list to readers. */
function ListLink(props: { href: string; label: string; context: string; testId: string }) {
  return (
    <Link
      href={props.href}
      data-testid={props.testId}
      className="self-start inline-flex min-h-11 items-center border border-line px-5 py-2.5 text-[0.7rem] tracking-[0.2em] uppercase text-ivory hover:border-amber hover:text-amber transition-colors"
    >
      {props.label}
      <span className="sr-only"> · {props.context}</span>
    </Link>
  )
}
