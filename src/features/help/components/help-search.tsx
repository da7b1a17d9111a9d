'use client'

import { useEffect, useId, useRef, useState, type ReactNode } from 'react'

import { fill } from '@/lib/i18n/fill'
import { Link } from '@/lib/i18n/link'
import { pluralText } from '@/lib/i18n/plural'

import type { THelpSearch } from '../search/search-help'
import type { THelpSearchTexts } from './help-texts'
import { Highlight } from './highlight'

const DEBOUNCE_MS = 250
const MIN_LENGTH = 2

type TStatus = 'idle' | 'loading' | 'done' | 'error'

/**
 * Search as you type: a pause in typing asks /api/help/search; an answer to an older query is
 * dropped (aborted). Without JavaScript the form submits to the page, which searches on the server.
 */
export function HelpSearch({
  locale,
  initialQuery,
  initialResult,
  texts: t,
  icons,
}: {
  locale: string
  initialQuery: string
  initialResult: THelpSearch | null
  /** Translated on the server (help-texts.ts): the page ships no message runtime. */
  texts: THelpSearchTexts
  /** Drawn on the server, so no icon code ships with the search. */
  icons: { search: ReactNode; busy: ReactNode; clear: ReactNode }
}) {
  const [query, setQuery] = useState(initialQuery)
  const [result, setResult] = useState<THelpSearch | null>(initialResult)
  const [status, setStatus] = useState<TStatus>(initialResult ? 'done' : 'idle')
  // The query whose answer is on screen (the server's, on a first load with ?q=).
  const shown = useRef(initialResult ? initialQuery.trim() : '')
  const inputId = useId()
  const resultsId = useId()

  const change = (value: string) => {
    setQuery(value)
    const q = value.trim()
    const url = new URL(window.location.href)
    if (q) url.searchParams.set('q', q)
    else url.searchParams.delete('q')
    window.history.replaceState(window.history.state, '', url)
    if (q.length < MIN_LENGTH) {
      shown.current = ''
      setResult(null)
      setStatus('idle')
    }
  }

  useEffect(() => {
    const q = query.trim()
    if (q.length < MIN_LENGTH || q === shown.current) return
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      setStatus('loading')
      try {
        const params = new URLSearchParams({ q, locale })
        const res = await fetch(`/api/help/search?${params}`, { signal: controller.signal })
        if (!res.ok) throw new Error(`search answered ${res.status}`)
        setResult((await res.json()) as THelpSearch)
        shown.current = q
        setStatus('done')
      } catch {
        if (!controller.signal.aborted) setStatus('error')
      }
    }, DEBOUNCE_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [query, locale])

  const hits = result?.hits ?? []
  return (
    <div className="flex flex-col gap-6">
      <form role="search" action="" method="get" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={inputId} className="sr-only">
          {t.searchLabel}
        </label>
        <div className="flex items-center gap-3 border-b border-line focus-within:border-amber transition-colors py-3">
          {icons.search}
          <input
            id={inputId}
            name="q"
            type="search"
            value={query}
            onChange={(e) => change(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && change('')}
            placeholder={t.searchPlaceholder}
            autoComplete="off"
            spellCheck={false}
            maxLength={200}
            aria-controls={resultsId}
            data-testid="help-search"
            className="min-w-0 flex-1 bg-transparent text-lg sm:text-2xl font-light text-ivory placeholder:text-smoke focus:outline-none [&::-webkit-search-cancel-button]:hidden"
          />
          {status === 'loading' && icons.busy}
          {query && (
            <button
              type="button"
              onClick={() => change('')}
              className="p-2 -m-2 text-mist hover:text-amber"
            >
              {icons.clear}
              <span className="sr-only">{t.clear}</span>
            </button>
          )}
        </div>
      </form>
      <div id={resultsId} aria-live="polite" aria-busy={status === 'loading'}>
        {status === 'error' && <p className="text-danger text-sm">{t.searchError}</p>}
        {status === 'done' && result && (
          <div className="flex flex-col gap-4" data-testid="help-results">
            <p className="text-sm text-mist">
              {hits.length === 0
                ? fill(t.noResults, { query: query.trim() })
                : result.mode === 'similar'
                  ? t.similarNote
                  : pluralText(t.results, hits.length)}
            </p>
            {hits.length > 0 && (
              <ol className="divide-y divide-line border-y border-line">
                {hits.map((hit) => (
                  <li key={hit.id}>
                    <Link
                      href={`/help/${hit.slug}`}
                      className="group block py-5 focus-visible:outline-offset-0"
                      data-testid="help-result"
                    >
                      {hit.category && <p className="eyebrow mb-2">{hit.category.title}</p>}
                      <p className="text-lg text-ivory group-hover:text-amber transition-colors">
                        <Highlight segments={hit.title} />
                      </p>
                      {hit.snippet.length > 0 && (
                        <p className="mt-2 text-sm text-mist leading-relaxed line-clamp-3">
                          <Highlight segments={hit.snippet} />
                        </p>
                      )}
                    </Link>
                  </li>
                ))}
              </ol>
            )}
          </div>
        )}
      </div>
    </div>
  )
}
