import 'server-only'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { TUser } from '@/access/user'
import { postgresOf } from '@/lib/db/postgres'
import type { TLocale } from '@/lib/i18n/locales'

import { parseHighlight, plainSegments, START_SEL, STOP_SEL, type TSegment } from './highlight'
import { queryWords, prefixTsQuery } from './ts-query'

export const SEARCH_LIMIT = 10
/** Queries up to this long get the typo-tolerant fallback when full-text search finds nothing. */
export const SHORT_QUERY = 40
/** pg_trgm word similarity a title or summary needs to count as a near miss. */
const SIMILARITY = 0.4

const SELECTORS = `StartSel=${START_SEL}, StopSel=${STOP_SEL}`
const TITLE_OPTIONS = `${SELECTORS}, HighlightAll=true`
const SNIPPET_OPTIONS = `${SELECTORS}, MaxWords=28, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`

export type THelpHit = {
  id: string
  slug: string
  title: TSegment[]
  snippet: TSegment[]
  category: { slug: string; title: string } | null
}
export type THelpSearch = { mode: 'fulltext' | 'similar' | 'none'; hits: THelpHit[] }

type TRow = { id: string; title: string | null; snippet: string | null }

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
  const fulltext = await fullTextRows(payload, locale, tsQuery, wanted)
  if (fulltext.length) {
    const hits = await readableHits({ payload, user, locale, rows: fulltext, limit, marked: true })
    if (hits.length) return { mode: 'fulltext', hits }
  }
  const text = queryWords(query).join(' ')
  if (text.length > SHORT_QUERY) return { mode: 'none', hits: [] }
  const similar = await similarRows(payload, locale, text, wanted)
  const hits = await readableHits({ payload, user, locale, rows: similar, limit, marked: false })
  return { mode: hits.length ? 'similar' : 'none', hits }
}

async function fullTextRows(payload: Payload, locale: TLocale, tsQuery: string, limit: number) {
  const { rows } = await postgresOf(payload).drizzle.execute(sql`
    WITH q AS (SELECT help_search_config(${locale}) AS cfg, to_tsquery(help_search_config(${locale}), ${tsQuery}) AS query),
    ranked AS (
      SELECT l.id AS row_id, a.id, a."order",
             ts_filter(l.search_vector, '{a}') @@ q.query AS title_hit,
             ts_rank(l.search_vector, q.query) AS rank
      FROM help_articles_locales l
      JOIN help_articles a ON a.id = l._parent_id
      CROSS JOIN q
      WHERE l._locale = ${locale} AND a._status = 'published' AND l.search_vector @@ q.query
      ORDER BY title_hit DESC, rank DESC, a."order" ASC, a.id
      LIMIT ${limit}
    )
    SELECT r.id,
           ts_headline(q.cfg, translate(coalesce(l.title, ''), chr(1) || chr(2), ''), q.query, ${TITLE_OPTIONS}) AS title,
           ts_headline(q.cfg, translate(coalesce(l.summary, ''), chr(1) || chr(2), '') || ' ' || coalesce(l.search_text, ''), q.query, ${SNIPPET_OPTIONS}) AS snippet
    FROM ranked r
    JOIN help_articles_locales l ON l.id = r.row_id
    CROSS JOIN q
    ORDER BY r.title_hit DESC, r.rank DESC, r."order" ASC, r.id`)
  return rows as TRow[]
}

async function similarRows(payload: Payload, locale: TLocale, text: string, limit: number) {
  const db = postgresOf(payload).drizzle
  // The threshold is set for this transaction only, so the `<%` operator (which the trigram
  // indexes serve) means "similar enough" here and nowhere else.
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(SIMILARITY)}, true)`,
    )
    const { rows } = await tx.execute(sql`
      SELECT a.id, l.title, l.summary AS snippet,
             greatest(word_similarity(${text}, coalesce(l.title, '')), word_similarity(${text}, coalesce(l.summary, ''))) AS sim
      FROM help_articles_locales l
      JOIN help_articles a ON a.id = l._parent_id
      WHERE l._locale = ${locale} AND a._status = 'published'
        AND (${text} <% l.title OR ${text} <% l.summary)
      ORDER BY sim DESC, a."order" ASC, a.id
      LIMIT ${limit}`)
    return rows as TRow[]
  })
}

/** Keeps the rows the user may read (the articles' access rules), in rank order. */
async function readableHits(input: {
  payload: Payload
  user: TUser
  locale: TLocale
  rows: TRow[]
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
