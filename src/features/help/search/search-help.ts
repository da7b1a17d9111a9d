import 'server-only'

import type { Payload } from 'payload'

import type { TUser } from '@/access/user'
import { postgresOf } from '@/lib/db/postgres'
import type { TLocale } from '@/lib/i18n/locales'

import { parseHighlight, plainSegments, type TSegment } from './highlight'
import { fullTextRows, similarRows, type TSearchRow } from './search-queries'
import { queryWords, prefixTsQuery } from './ts-query'

export const SEARCH_LIMIT = 10
/** Queries up to this long get the typo-tolerant fallback when full-text search finds nothing. */
export const SHORT_QUERY = 40

export type THelpHit = {
  id: string
  slug: string
  title: TSegment[]
  snippet: TSegment[]
  category: { slug: string; title: string } | null
}
export type THelpSearch = { mode: 'fulltext' | 'similar' | 'none'; hits: THelpHit[] }

/**
 * The help centre's search, per language: PostgreSQL full-text search on the trigger-maintained
 * `search_vector` (title A, summary B, body C), title hits ranked first, snippets by `ts_headline`;
 * when that finds nothing in a short query, pg_trgm word similarity on titles and summaries
 * catches typos. Only published rows are searched, and the hits then pass through the articles'
 * own read access as `user` (targeting by model and stage), so search never shows what the
 * article page would refuse.
 */
export async function searchHelp(input: {
  payload: Payload
  user: TUser
  locale: TLocale
  query: string
  limit?: number
}): Promise<THelpSearch> {
  const { payload, user, locale, query } = input
  const limit = input.limit ?? SEARCH_LIMIT
  const tsQuery = prefixTsQuery(query)
  if (!tsQuery) return { mode: 'none', hits: [] }
  // Targeted articles may drop out in the access check: ask for more than will be shown.
  const wanted = limit * 3
  const fulltext = await fullTextRows(postgresOf(payload).drizzle, {
    locale,
    tsQuery,
    limit: wanted,
  })
  if (fulltext.length) {
    const hits = await readableHits({ payload, user, locale, rows: fulltext, limit, marked: true })
    if (hits.length) return { mode: 'fulltext', hits }
  }
  const text = queryWords(query).join(' ')
  if (text.length > SHORT_QUERY) return { mode: 'none', hits: [] }
  const similar = await similarRows(postgresOf(payload).drizzle, { locale, text, limit: wanted })
  const hits = await readableHits({ payload, user, locale, rows: similar, limit, marked: false })
  return { mode: hits.length ? 'similar' : 'none', hits }
}

/** Keeps the rows the user may read (the articles' access rules), in rank order. */
async function readableHits(input: {
  payload: Payload
  user: TUser
  locale: TLocale
  rows: TSearchRow[]
  limit: number
  marked: boolean
}): Promise<THelpHit[]> {
  const { payload, user, locale, rows, limit, marked } = input
  if (!rows.length) return []
  const { docs } = await payload.find({
    collection: 'help-articles',
    where: { id: { in: rows.map((r) => r.id) } },
    select: { slug: true, category: true },
    populate: { 'help-categories': { slug: true, title: true } },
    depth: 1,
    limit: rows.length,
    pagination: false,
    locale,
    fallbackLocale: 'en',
    user,
    overrideAccess: false,
  })
  const byId = new Map(docs.map((d) => [String(d.id), d]))
  const hits: THelpHit[] = []
  for (const row of rows) {
    const doc = byId.get(String(row.id))
    if (!doc || hits.length >= limit) continue
    const category = typeof doc.category === 'object' && doc.category ? doc.category : null
    hits.push({
      id: String(doc.id),
      slug: doc.slug ?? '',
      title: marked ? parseHighlight(row.title) : plainSegments(row.title),
      snippet: marked ? parseHighlight(row.snippet) : plainSegments(row.snippet),
      category: category ? { slug: category.slug, title: category.title ?? '' } : null,
    })
  }
  return hits
}
